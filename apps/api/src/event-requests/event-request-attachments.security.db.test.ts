import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { smallPdf } from '../forms/testing/upload-fixtures.ts';
import { problemSchema } from '../problems/problem.ts';
import { eventRequestSchema } from './event-request-schemas.ts';
import {
  eventRequestClient,
  shootAnswers,
  shootRequest,
  uploadForShoot,
} from './testing/event-request-fixtures.ts';

describe('event request attachments are the requester’s own, in their commune', () => {
  let kit: AuthTestKit;
  let owner: postgres.Sql;
  let ines: CitizenSession;
  let omar: CitizenSession;
  let client: ReturnType<typeof eventRequestClient>;

  beforeAll(async () => {
    kit = await startAuthTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    client = eventRequestClient(kit);
    ines = await createCitizenSession(kit.owner.db, 'ines.tournage@example.be', { language: 'fr' });
    omar = await createCitizenSession(kit.owner.db, 'omar.tournage@example.be', { language: 'fr' });
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  const refusedAt = async (who: CitizenSession, answers: Record<string, unknown>) => {
    const created = await client.create(who, shootRequest(answers));
    expect(created.status).toBe(201);
    const request = eventRequestSchema.parse(await created.json());
    const res = await client.submit(who, request.id);
    expect(res.status).toBe(422);
    const body = problemSchema.parse(await res.json());
    expect(body.code).toBe('event_request_refused');
    const [row] = await owner<{ status: string; linked: number }[]>`
      select status, (select count(*)::int from form_uploads where event_request_id = ${request.id}) as linked
      from event_requests where id = ${request.id}`;
    expect(row).toEqual({ status: 'draft', linked: 0 });
    return (body.errors ?? []).flatMap((error) => (error.path.startsWith('answers.') ? [error.path] : []));
  };

  it('refuses another person’s upload', async () => {
    const mine = await uploadForShoot(kit, omar, 'site-plan', smallPdf());
    const theirs = await uploadForShoot(kit, ines, 'insurance', smallPdf());
    expect(await refusedAt(omar, shootAnswers({ sitePlan: mine, insurance: theirs }))).toEqual([
      'answers.insurance.0.id',
    ]);
  });

  it('refuses an upload of another commune', async () => {
    const mine = await uploadForShoot(kit, omar, 'site-plan', smallPdf());
    const [foreign] = await owner<{ id: string }[]>`
      insert into form_uploads (tenant_id, form_key, field_key, user_id, name, type, size, sha256, content)
      select t.id, f.key, 'insurance', ${omar.userId}, 'assurance.pdf', 'application/pdf', 4, repeat('0', 64), '\\x25504446'::bytea
      from tenants t join forms f on f.tenant_id = t.id
      where t.slug = 'charleroi' and f.key = 'event-film-shoot'
      returning id`;
    if (!foreign) throw new Error('no foreign upload was made');
    const insurance = { id: foreign.id, name: 'assurance.pdf', type: 'application/pdf', size: 4 };
    expect(await refusedAt(omar, shootAnswers({ sitePlan: mine, insurance }))).toEqual([
      'answers.insurance.0.id',
    ]);
  });

  it('refuses an upload another request already holds', async () => {
    const sitePlan = await uploadForShoot(kit, ines, 'site-plan', smallPdf());
    const insurance = await uploadForShoot(kit, ines, 'insurance', smallPdf());
    const first = eventRequestSchema.parse(
      await (await client.create(ines, shootRequest(shootAnswers({ sitePlan, insurance })))).json(),
    );
    expect((await client.submit(ines, first.id)).status).toBe(200);
    expect((await client.request(omar, `/${first.id}/attachments/${insurance.id}`)).status).toBe(404);
    expect((await client.request(undefined, `/${first.id}/attachments/${insurance.id}`)).status).toBe(401);
    expect(
      (await client.request(ines, `/${first.id}/attachments/00000000-0000-4000-8000-000000000000`)).status,
    ).toBe(404);
    const otherSitePlan = await uploadForShoot(kit, ines, 'site-plan', smallPdf());
    expect(await refusedAt(ines, shootAnswers({ sitePlan: otherSitePlan, insurance }))).toEqual([
      'answers.insurance.0.id',
    ]);
  });
});
