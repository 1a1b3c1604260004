import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { problemSchema } from '../problems/problem.ts';
import { uploadAnswerSchema } from './form-schemas.ts';
import { formClient, reportAnswers } from './testing/form-fixtures.ts';
import { countUploadRows, photoWithGps, smallPdf, smallPng, uploadTo } from './testing/upload-fixtures.ts';

describe('form uploads refused: 4xx problem+json and nothing stored', () => {
  let kit: AuthTestKit;
  let owner: postgres.Sql;
  let an: CitizenSession;
  let bob: CitizenSession;

  beforeAll(async () => {
    kit = await startAuthTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    an = await createCitizenSession(kit.owner.db, 'an.refused@example.be');
    bob = await createCitizenSession(kit.owner.db, 'bob.refused@example.be');
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  const refused = async (res: Response, status: number, code?: string) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = problemSchema.parse(await res.json());
    if (code) expect(problem.code).toBe(code);
  };
  const grant = { tenant: 'charleroi', form: 'bourse-projet-jeunes', field: 'budgetFile' };

  it('refuses a PNG named .pdf and sent as application/pdf to a PDF-only field', async () => {
    const before = await countUploadRows(owner);
    const res = await uploadTo(kit, {
      ...grant,
      who: an,
      body: await smallPng(),
      type: 'application/pdf',
      name: 'budget.pdf',
    });
    await refused(res, 415, 'upload_type_refused');
    expect(await countUploadRows(owner)).toEqual(before);
  });

  it('refuses content with no signature (plain text), whatever its name', async () => {
    const before = await countUploadRows(owner);
    const res = await uploadTo(kit, {
      ...grant,
      who: an,
      body: Buffer.from('poste;montant\nlocation;1200\n'),
      type: 'application/pdf',
      name: 'budget.pdf',
    });
    await refused(res, 415, 'upload_type_refused');
    expect(await countUploadRows(owner)).toEqual(before);
  });

  it('answers 413 to a file over the field’s maxSize, by Content-Length and while reading a stream', async () => {
    const before = await countUploadRows(owner);
    const tooBig = Buffer.concat([smallPdf(), Buffer.alloc(1024 * 1024)]);
    await refused(await uploadTo(kit, { ...grant, who: an, body: tooBig }), 413, 'payload_too_large');
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(tooBig));
        controller.close();
      },
    });
    const res = await kit.platform.app.request(
      '/v1/tenants/charleroi/forms/bourse-projet-jeunes/uploads?field=budgetFile',
      { method: 'POST', headers: kit.withBearer(an.token), body: streamed, duplex: 'half' } as RequestInit,
    );
    await refused(res, 413, 'payload_too_large');
    expect(await countUploadRows(owner)).toEqual(before);
  });

  it('answers 404 for a field, a form or a commune that does not match, and 401 without a session', async () => {
    const before = await countUploadRows(owner);
    const pdf = smallPdf();
    await refused(
      await uploadTo(kit, { ...grant, field: 'costs', who: an, body: pdf }),
      404,
      'form_file_field_not_found',
    );
    await refused(await uploadTo(kit, { ...grant, field: 'nope', who: an, body: pdf }), 404);
    await refused(await uploadTo(kit, { ...grant, form: 'nope', who: an, body: pdf }), 404, 'form_not_found');
    await refused(
      await uploadTo(kit, { ...grant, tenant: 'liege', who: an, body: pdf }),
      404,
      'form_not_found',
    );
    await refused(await uploadTo(kit, { ...grant, tenant: 'nowhere', who: an, body: pdf }), 404);
    await refused(await uploadTo(kit, { ...grant, body: pdf }), 401);
    await refused(
      await uploadTo(kit, { tenant: 'charleroi', form: 'signalement-fraude', field: 'evidence', body: pdf }),
      400,
      'proof_of_work_invalid',
    );
    expect(await countUploadRows(owner)).toEqual(before);
  });

  it('refuses a submission naming another person’s upload, an unknown id or a reused one: 422, nothing written', async () => {
    const uploaded = await uploadTo(kit, {
      tenant: 'liege',
      form: 'signalement-espace-public',
      field: 'photos',
      who: bob,
      body: await photoWithGps(),
    });
    expect(uploaded.status).toBe(201);
    const bobs = uploadAnswerSchema.parse(await uploaded.json());
    const before = await countUploadRows(owner);
    const client = formClient(kit);
    const send = (who: CitizenSession, id: string) =>
      client.submit(who, 'signalement-espace-public', {
        version: 1,
        answers: { ...reportAnswers(), photos: [{ name: 'p.jpg', type: 'image/jpeg', size: 100, id }] },
        language: 'fr',
      });
    await refused(await send(an, bobs.id), 422, 'upload_not_usable');
    await refused(await send(an, '00000000-0000-4000-8000-000000000000'), 422, 'upload_not_usable');
    await refused(await send(an, 'not-a-uuid'), 422, 'upload_not_usable');
    expect(await countUploadRows(owner)).toEqual(before);
    expect((await send(bob, bobs.id)).status).toBe(201);
    const after = await countUploadRows(owner);
    await refused(await send(bob, bobs.id), 422, 'upload_not_usable');
    expect(await countUploadRows(owner)).toEqual(after);
  });
});
