import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { smallPdf, smallPng } from '../forms/testing/upload-fixtures.ts';
import { eventRequestSchema } from './event-request-schemas.ts';
import {
  eventRequestClient,
  shootAnswers,
  shootRequest,
  uploadForShoot,
} from './testing/event-request-fixtures.ts';

describe('event request attachments: uploaded for the type’s form, linked at submission', () => {
  let kit: AuthTestKit;
  let owner: postgres.Sql;
  let nora: CitizenSession;
  let client: ReturnType<typeof eventRequestClient>;

  beforeAll(async () => {
    kit = await startAuthTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    client = eventRequestClient(kit);
    nora = await createCitizenSession(kit.owner.db, 'nora.tournage@example.be', { language: 'fr' });
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('keeps the upload ids in the draft and links the files to the request it submits', async () => {
    const sitePlan = await uploadForShoot(kit, nora, 'site-plan', await smallPng());
    const insurance = await uploadForShoot(kit, nora, 'insurance', smallPdf());
    const created = await client.create(nora, shootRequest(shootAnswers({ sitePlan, insurance })));
    expect(created.status).toBe(201);
    const draft = eventRequestSchema.parse(await created.json());
    expect(draft.answers).toMatchObject({ 'site-plan': [sitePlan], insurance: [insurance] });
    const linkedBefore = await owner<{ id: string }[]>`
      select id from form_uploads where event_request_id = ${draft.id}`;
    expect(linkedBefore).toEqual([]);

    const res = await client.submit(nora, draft.id);
    expect(res.status).toBe(200);
    expect(eventRequestSchema.parse(await res.json()).status).toBe('submitted');
    const linked = await owner<{ id: string; field_key: string; type: string }[]>`
      select id, field_key, type from form_uploads where event_request_id = ${draft.id} order by field_key`;
    expect(linked).toEqual([
      { id: insurance.id, field_key: 'insurance', type: 'application/pdf' },
      { id: sitePlan.id, field_key: 'site-plan', type: 'image/png' },
    ]);

    const download = await client.request(nora, `/${draft.id}/attachments/${insurance.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await download.arrayBuffer())).toEqual(smallPdf());
  });
});
