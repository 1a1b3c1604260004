import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { smallPdf, smallPng, uploadTo } from '../forms/testing/upload-fixtures.ts';
import { problemSchema } from '../problems/problem.ts';
import { eventRequestSchema } from './event-request-schemas.ts';
import {
  countEventRequestRows,
  eventRequestClient,
  shootAnswers,
  shootRequest,
  uploadForShoot,
} from './testing/event-request-fixtures.ts';

describe('event request attachments refused', () => {
  let kit: AuthTestKit;
  let owner: postgres.Sql;
  let paul: CitizenSession;
  let client: ReturnType<typeof eventRequestClient>;

  beforeAll(async () => {
    kit = await startAuthTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    client = eventRequestClient(kit);
    paul = await createCitizenSession(kit.owner.db, 'paul.tournage@example.be', { language: 'fr' });
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  const draft = async (answers: Record<string, unknown>) => {
    const res = await client.create(paul, shootRequest(answers));
    expect(res.status).toBe(201);
    return eventRequestSchema.parse(await res.json());
  };
  const refused = async (requestId: string) => {
    const before = await countEventRequestRows(owner);
    const res = await client.submit(paul, requestId);
    expect(res.status).toBe(422);
    const body = problemSchema.parse(await res.json());
    expect(body.code).toBe('event_request_refused');
    expect(await countEventRequestRows(owner)).toEqual(before);
    const [linked] = await owner<{ count: number }[]>`
      select count(*)::int as count from form_uploads where event_request_id is not null`;
    expect(linked?.count).toBe(0);
    return body.errors ?? [];
  };

  it('refuses a submission without the attachments, at their fields', async () => {
    const request = await draft(
      shootAnswers({ sitePlan: await uploadForShoot(kit, paul, 'site-plan', smallPdf()) }),
    );
    expect(await refused(request.id)).toEqual([
      expect.objectContaining({ path: 'answers.insurance', code: 'required' }),
    ]);
  });

  it('refuses a file uploaded for another field, or more files than the field takes, and changes nothing', async () => {
    const sitePlan = await uploadForShoot(kit, paul, 'site-plan', smallPdf());
    const insurance = await uploadForShoot(kit, paul, 'insurance', smallPdf());
    const swapped = await draft(shootAnswers({ sitePlan: insurance, insurance: sitePlan }));
    expect(await refused(swapped.id)).toEqual([
      expect.objectContaining({ path: 'answers.site-plan.0.id', code: 'upload_not_usable' }),
      expect.objectContaining({ path: 'answers.insurance.0.id', code: 'upload_not_usable' }),
    ]);
    const twice = await draft({
      ...shootAnswers({ sitePlan, insurance }),
      'site-plan': [sitePlan, sitePlan],
    });
    expect(await refused(twice.id)).toEqual([
      expect.objectContaining({ path: 'answers.site-plan', code: 'too_many_files' }),
    ]);
  });

  it('refuses at upload a file of a type the attachment does not take', async () => {
    const res = await uploadTo(kit, {
      tenant: 'liege',
      form: 'event-film-shoot',
      field: 'insurance',
      body: await smallPng(),
      who: paul,
    });
    expect(res.status).toBe(415);
    expect(problemSchema.parse(await res.json()).code).toBe('upload_type_refused');
  });
});
