import postgres from 'postgres';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { PROBLEM_CONTENT_TYPE, problemSchema } from '../problems/problem.ts';
import { countFormRows, formClient, residenceAnswers } from './testing/form-fixtures.ts';

describe('the e-guichet refuses bad input and writes nothing', () => {
  let kit: AuthTestKit;
  let owner: postgres.Sql;
  let citizen: CitizenSession;
  let client: ReturnType<typeof formClient>;
  let before: Awaited<ReturnType<typeof countFormRows>>;

  const valid = () => ({ version: 1, answers: residenceAnswers(), language: 'nl' });
  /** The answer is a problem with this status and code, and no row moved. */
  const refused = async (res: Response, status: number, code: string) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain(PROBLEM_CONTENT_TYPE);
    const problem = problemSchema.parse(await res.json());
    expect(problem).toMatchObject({ status, code });
    expect(await countFormRows(owner)).toEqual(before);
    return problem;
  };

  beforeAll(async () => {
    kit = await startAuthTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    client = formClient(kit);
    citizen = await createCitizenSession(kit.owner.db, 'citizen@example.be');
    // A draft that a refused submission must leave in place.
    expect(
      (await client.saveDraft(citizen, 'attestation-domicile', { version: 1, answers: {}, page: 0 })).status,
    ).toBe(200);
  });
  beforeEach(async () => {
    before = await countFormRows(owner);
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('neither lists nor takes alone a form an event type uses: its answers come with the event request', async () => {
    const list = (await (await client.request(undefined, '/forms')).json()) as { forms: { key: string }[] };
    expect(list.forms.map((form) => form.key)).not.toContain('event-gathering');
    const definition = (await (await client.request(undefined, '/forms/event-gathering')).json()) as {
      version: number;
    };
    const before = await owner<{ n: number }[]>`select count(*)::int as n from form_submissions`;
    await refused(
      await client.submit(citizen, 'event-gathering', {
        version: definition.version,
        answers: {},
        language: 'fr',
      }),
      404,
      'form_not_found',
    );
    expect(await owner<{ n: number }[]>`select count(*)::int as n from form_submissions`).toEqual(before);
  });

  it('answers 422 invalid_answers with the engine’s errors for a missing, wrong or unknown answer', async () => {
    const { lastName: _missing, ...rest } = residenceAnswers();
    const problem = await refused(
      await client.submit(citizen, 'attestation-domicile', {
        ...valid(),
        answers: { ...rest, copies: 'two', niss: '85073003329', colour: 'red' },
      }),
      422,
      'invalid_answers',
    );
    expect(problem.errors?.map((error) => [error.path, error.code])).toEqual(
      expect.arrayContaining([
        ['lastName', 'required'],
        ['copies', 'invalid_type'],
        ['niss', 'niss_checksum'],
        ['colour', 'unknown_field'],
      ]),
    );
    for (const error of problem.errors ?? []) expect(error.message).not.toBe('');
  });

  it('refuses an answer to a field the other answers hide', async () => {
    const problem = await refused(
      await client.submit(citizen, 'attestation-domicile', {
        ...valid(),
        answers: {
          ...residenceAnswers(),
          postalAddress: { street: 'Rue Léopold', number: '1', postalCode: '4000', city: 'Liège' },
        },
      }),
      422,
      'invalid_answers',
    );
    expect(problem.errors).toEqual([
      expect.objectContaining({ path: 'postalAddress', code: 'hidden_field' }),
    ]);
  });

  it('refuses a consent whose text is not the one shown', async () => {
    const problem = await refused(
      await client.submit(citizen, 'attestation-domicile', {
        ...valid(),
        answers: { ...residenceAnswers(), privacy: { accepted: true, text: 'I agree to nothing.' } },
      }),
      422,
      'invalid_answers',
    );
    expect(problem.errors).toEqual([
      expect.objectContaining({ path: 'privacy.text', code: 'consent_text_mismatch' }),
    ]);
  });

  it('refuses a version the form does not have, and an unknown or inactive form', async () => {
    await refused(
      await client.submit(citizen, 'attestation-domicile', { ...valid(), version: 7 }),
      404,
      'form_version_not_found',
    );
    await refused(await client.submit(citizen, 'no-such-form', valid()), 404, 'form_not_found');
    await owner`update forms set active = false where key = 'occupation-voirie-demenagement'`;
    try {
      await refused(
        await client.submit(citizen, 'occupation-voirie-demenagement', valid()),
        404,
        'form_not_found',
      );
      await refused(
        await client.request(undefined, '/forms/occupation-voirie-demenagement'),
        404,
        'form_not_found',
      );
      const list = (await (await client.request(undefined, '/forms')).json()) as { forms: { key: string }[] };
      expect(list.forms.map((form) => form.key)).not.toContain('occupation-voirie-demenagement');
    } finally {
      await owner`update forms set active = true where key = 'occupation-voirie-demenagement'`;
    }
  });

  it('sends an anonymous form anonymously even with a session, so it needs a proof of work', async () => {
    const charleroi = formClient(kit, 'charleroi');
    await refused(
      await charleroi.submit(citizen, 'signalement-fraude', {
        version: 1,
        answers: { kind: 'other', facts: 'Des faits qui durent depuis des mois dans ce quartier.' },
        language: 'fr',
      }),
      400,
      'proof_of_work_invalid',
    );
  });

  it('answers 400 for a body of the wrong shape: unknown keys, wrong types, missing parts, a language the software lacks', async () => {
    for (const body of [
      { ...valid(), formId: '00000000-0000-4000-8000-000000000000' },
      { ...valid(), definition: { key: 'attestation-domicile', pages: [] } },
      { ...valid(), version: '1' },
      { ...valid(), version: 0 },
      { ...valid(), answers: [] },
      { ...valid(), answers: 'everything' },
      { ...valid(), language: 'es' },
      { version: 1, answers: residenceAnswers() },
      '"not an object"',
    ])
      await refused(await client.submit(citizen, 'attestation-domicile', body), 400, 'validation_failed');
    await refused(
      await client.request(citizen, '/forms/attestation-domicile/submissions', {
        method: 'POST',
        body: '{"version":',
      }),
      400,
      'malformed_body',
    );
  });

  it('answers 413 for an oversized body', async () => {
    const huge = { ...valid(), answers: { ...residenceAnswers(), lastName: 'x'.repeat(2 * 1024 * 1024) } };
    await refused(await client.submit(citizen, 'attestation-domicile', huge), 413, 'payload_too_large');
  });

  it('answers 401 without a session, and 404 for an unknown commune', async () => {
    await refused(await client.submit(undefined, 'attestation-domicile', valid()), 401, 'unauthorized');
    await refused(await client.request(undefined, '/me/submissions'), 401, 'unauthorized');
    await refused(
      await client.request(undefined, '/me/form-drafts/attestation-domicile'),
      401,
      'unauthorized',
    );
    const nowhere = formClient(kit, 'atlantis');
    await refused(await nowhere.request(undefined, '/forms'), 404, 'tenant_not_found');
    await refused(await nowhere.submit(citizen, 'attestation-domicile', valid()), 404, 'tenant_not_found');
  });

  it('refuses a draft for a version or page the form lacks, or of the wrong shape, and keeps the old draft', async () => {
    await refused(
      await client.saveDraft(citizen, 'attestation-domicile', { version: 9, answers: {}, page: 0 }),
      404,
      'form_version_not_found',
    );
    await refused(
      await client.saveDraft(citizen, 'attestation-domicile', { version: 1, answers: {}, page: 3 }),
      422,
      'form_page_not_found',
    );
    await refused(
      await client.saveDraft(citizen, 'no-such-form', { version: 1, answers: {}, page: 0 }),
      404,
      'form_not_found',
    );
    for (const body of [
      { version: 1, answers: {}, page: -1 },
      { version: 1, answers: [], page: 0 },
      { version: 1, answers: {} },
      { version: 1, answers: {}, page: 0, status: 'completed' },
    ])
      await refused(await client.saveDraft(citizen, 'attestation-domicile', body), 400, 'validation_failed');
    await refused(await client.request(citizen, '/me/form-drafts/no-such-form'), 404, 'form_not_found');
    const draft = await client.request(citizen, '/me/form-drafts/attestation-domicile');
    expect(draft.status).toBe(200);
  });
});
