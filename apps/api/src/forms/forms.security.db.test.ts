import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { problemSchema } from '../problems/problem.ts';
import { mySubmissionsSchema, submissionAnswerSchema } from './form-schemas.ts';
import { countFormRows, formClient, residenceAnswers } from './testing/form-fixtures.ts';

const grantAnswers = () => ({
  projectTitle: 'Fresque au parc',
  theme: 'culture',
  summary:
    'Une fresque participative peinte par les jeunes du quartier sur le mur du parc, avec des ateliers ouverts. '.repeat(
      2,
    ),
  period: { start: '2027-04-01', end: '2027-06-30' },
  members: [
    { memberName: 'Inès', memberBirthDate: '2008-02-01', memberResident: true },
    { memberName: 'Yanis', memberBirthDate: '2007-09-15', memberResident: false },
  ],
  costs: 3000,
  ownFunds: 500,
  iban: 'BE68 5390 0754 7034',
  accountHolder: 'Inès',
  commitment: {
    accepted: true,
    text: 'Nous nous engageons à mentionner le soutien de la Ville et à remettre un rapport avec les justificatifs.',
  },
});

describe('the e-guichet keeps communes and citizens apart', () => {
  let kit: AuthTestKit;
  let owner: postgres.Sql;
  let app: postgres.Sql;
  let liegeCitizen: CitizenSession;
  let charleroiCitizen: CitizenSession;
  const liege = () => formClient(kit, 'liege');
  const charleroi = () => formClient(kit, 'charleroi');
  let charleroiReference: string;

  beforeAll(async () => {
    kit = await startAuthTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    app = postgres(kit.platform.database.appUrl, { max: 1, onnotice: () => {} });
    liegeCitizen = await createCitizenSession(kit.owner.db, 'liege.citizen@example.be');
    charleroiCitizen = await createCitizenSession(kit.owner.db, 'charleroi.citizen@example.be');
    const sent = await charleroi().submit(charleroiCitizen, 'bourse-projet-jeunes', {
      version: 1,
      answers: grantAnswers(),
      language: 'fr',
    });
    expect(sent.status).toBe(201);
    charleroiReference = submissionAnswerSchema.parse(await sent.json()).reference;
    expect(charleroiReference).toMatch(/^CHA-/);
    const draft = await charleroi().saveDraft(charleroiCitizen, 'collecte-encombrants', {
      version: 1,
      answers: { request: 'bulky' },
      page: 0,
    });
    expect(draft.status).toBe(200);
  });
  afterAll(async () => {
    await owner.end();
    await app.end();
    await kit.close();
  });

  it('answers 404 for another commune’s form, through every route, and writes nothing', async () => {
    const before = await countFormRows(owner);
    const body = { version: 1, answers: grantAnswers(), language: 'fr' };
    for (const res of [
      await liege().request(undefined, '/forms/bourse-projet-jeunes'),
      await liege().submit(liegeCitizen, 'bourse-projet-jeunes', body),
      await liege().submit(charleroiCitizen, 'bourse-projet-jeunes', body),
      await liege().saveDraft(liegeCitizen, 'collecte-encombrants', { version: 1, answers: {}, page: 0 }),
      await liege().request(charleroiCitizen, '/me/form-drafts/collecte-encombrants'),
      await liege().request(charleroiCitizen, '/me/form-drafts/collecte-encombrants', { method: 'DELETE' }),
    ]) {
      expect(res.status).toBe(404);
      expect(problemSchema.parse(await res.json()).code).toBe('form_not_found');
    }
    expect(await countFormRows(owner)).toEqual(before);
    const kept = await charleroi().request(charleroiCitizen, '/me/form-drafts/collecte-encombrants');
    expect(kept.status).toBe(200);
  });

  it('shows a citizen’s requests only in the commune they were sent to, and only to them', async () => {
    const inLiege = mySubmissionsSchema.parse(
      await (await liege().request(charleroiCitizen, '/me/submissions')).json(),
    );
    expect(inLiege.submissions).toEqual([]);
    const mine = mySubmissionsSchema.parse(
      await (await charleroi().request(charleroiCitizen, '/me/submissions')).json(),
    );
    expect(mine.submissions.map((s) => s.reference)).toEqual([charleroiReference]);
    const others = mySubmissionsSchema.parse(
      await (await charleroi().request(liegeCitizen, '/me/submissions')).json(),
    );
    expect(others.submissions).toEqual([]);
    const draft = await charleroi().request(liegeCitizen, '/me/form-drafts/collecte-encombrants');
    expect(problemSchema.parse(await draft.json()).code).toBe('form_draft_not_found');
  });

  it('refuses a website the commune does not embed from', async () => {
    const res = await liege().request(undefined, '/forms', { headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect(problemSchema.parse(await res.json()).code).toBe('origin_not_allowed');
  });

  it('lets the application role neither delete a submission nor rewrite its history or a form', async () => {
    const [tenant] = await owner<{ id: string }[]>`select id from tenants where slug = 'charleroi'`;
    const inCharleroi = <T>(fn: (tx: postgres.TransactionSql) => Promise<T>) =>
      app.begin(async (tx) => {
        await tx`select set_config('app.tenant_id', ${tenant?.id ?? ''}, true)`;
        return fn(tx);
      });
    const [seen] = await inCharleroi((tx) => tx`select count(*)::int as n from form_submissions`);
    expect(seen?.n).toBe(1);
    for (const statement of [
      (tx: postgres.TransactionSql) => tx`delete from form_submissions`,
      (tx: postgres.TransactionSql) => tx`update form_submission_events set to_status = 'completed'`,
      (tx: postgres.TransactionSql) => tx`delete from form_submission_events`,
      (tx: postgres.TransactionSql) => tx`update form_definitions set access = 'anonymous'`,
      // The form editor may move a form to a new version, never to another key.
      (tx: postgres.TransactionSql) => tx`update forms set key = 'autre-formulaire'`,
      (tx: postgres.TransactionSql) => tx`delete from forms`,
    ])
      await expect(inCharleroi(statement)).rejects.toThrow(/permission denied/);
    // Without a commune bound, the role sees no submission at all.
    const [none] = await app`select count(*)::int as n from form_submissions`;
    expect(none?.n).toBe(0);
  });

  it('never lets answers of one citizen reach another through a reused Idempotency-Key', async () => {
    const body = { version: 1, answers: residenceAnswers(), language: 'nl' };
    const first = await liege().submit(liegeCitizen, 'attestation-domicile', body, 'shared-key-0001');
    expect(first.status).toBe(201);
    const second = await liege().submit(charleroiCitizen, 'attestation-domicile', body, 'shared-key-0001');
    expect(second.status).toBe(201);
    const [a, b] = [
      submissionAnswerSchema.parse(await first.json()),
      submissionAnswerSchema.parse(await second.json()),
    ];
    expect(a.reference).not.toBe(b.reference);
  });
});
