import { createHash } from 'node:crypto';
import pino from 'pino';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { problemSchema } from '../problems/problem.ts';
import { mySubmissionSchema, submissionAnswerSchema } from './form-schemas.ts';
import { solveProof } from './proof-of-work.ts';
import { countFormRows, formClient } from './testing/form-fixtures.ts';

const SENDER_ADDRESS = '203.0.113.77';
const fraud = () => ({
  version: 1,
  answers: {
    kind: 'residence',
    facts: 'Personne n’habite à cette adresse depuis des mois, mais six personnes y sont domiciliées.',
    address: { street: 'Rue de la Montagne', number: '5', postalCode: '6000', city: 'Charleroi' },
  },
  language: 'fr',
});

describe('anonymous forms: a case code and a secret, a proof of work, nothing that identifies the sender', () => {
  let kit: AuthTestKit;
  let owner: postgres.Sql;
  const logLines: string[] = [];

  const send = (body: unknown, options: { proof?: string; address?: string; form?: string } = {}) =>
    kit.platform.app.request(
      `/v1/tenants/charleroi/forms/${options.form ?? 'signalement-fraude'}/submissions`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': options.address ?? SENDER_ADDRESS,
          ...(options.proof ? { 'x-communa-proof': options.proof } : {}),
        },
        body: JSON.stringify(body),
      },
    );
  const proofFor = (form = 'signalement-fraude') => solveProof('charleroi', form, Date.now());
  const followCase = (tenant: string, code: string, secret?: string) =>
    kit.platform.app.request(`/v1/tenants/${tenant}/cases/${code}`, {
      headers: secret === undefined ? {} : { 'x-communa-case-secret': secret },
    });

  beforeAll(async () => {
    const logger = pino({ level: 'debug' }, { write: (line: string) => logLines.push(line) });
    kit = await startAuthTestKit({}, logger);
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('takes a report without an account, stores no identity and no address, and lets the sender follow it', async () => {
    const res = await send(fraud(), { proof: proofFor() });
    expect(res.status).toBe(201);
    const answer = submissionAnswerSchema.parse(await res.json());
    expect(answer).toMatchObject({
      status: 'received',
      statusLabel: { fr: 'Reçu', nl: 'Ontvangen', en: 'Received' },
    });
    expect(answer.reference).toMatch(/^CHA-20\d\d-[0-9A-HJKMNP-TV-Z]{5}$/);
    const secret = answer.caseSecret ?? '';
    expect(secret.length).toBeGreaterThanOrEqual(20);

    const [row] = await owner<{ user_id: string | null; case_secret_hash: string; answers: unknown }[]>`
      select user_id, case_secret_hash, answers from form_submissions where reference = ${answer.reference}`;
    expect(row?.user_id).toBeNull();
    expect(row?.case_secret_hash).toBe(createHash('sha256').update(secret).digest('hex'));
    const [event] = await owner`select actor, actor_user_id from form_submission_events e
      join form_submissions s on s.tenant_id = e.tenant_id and s.id = e.submission_id where s.reference = ${answer.reference}`;
    expect(event).toEqual({ actor: 'citizen', actor_user_id: null });
    // Nothing anywhere holds the sender's address: no row, no log line.
    const [dump] = await owner<{ text: string }[]>`
      select concat_ws(' ', (select json_agg(s)::text from form_submissions s), (select json_agg(e)::text from form_submission_events e),
                       (select json_agg(a)::text from audit_events a)) as text`;
    expect(dump?.text ?? '').not.toContain(SENDER_ADDRESS);
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.join('\n')).not.toContain(SENDER_ADDRESS);

    // Internal steps show as the last step the sender could see.
    await owner.begin(async (tx) => {
      const [s] = await tx<{ tenant_id: string; id: string }[]>`
        update form_submissions set status = 'investigating' where reference = ${answer.reference} returning tenant_id, id`;
      await tx`insert into form_submission_events (tenant_id, submission_id, kind, from_status, to_status, actor)
               values (${s?.tenant_id ?? ''}, ${s?.id ?? ''}, 'status', 'received', 'investigating', 'staff')`;
    });
    const followed = await followCase('charleroi', answer.reference, secret);
    expect(followed.status).toBe(200);
    expect(mySubmissionSchema.parse(await followed.json())).toMatchObject({
      reference: answer.reference,
      formKey: 'signalement-fraude',
      status: 'received',
      formTitle: { fr: 'Signaler anonymement une fraude présumée' },
    });
    // A wrong or missing secret, or another commune, answers as if there were no such case.
    for (const res of [
      await followCase('charleroi', answer.reference, `${secret}x`),
      await followCase('charleroi', answer.reference),
      await followCase('charleroi', 'CHA-2026-00000', secret),
      await followCase('liege', answer.reference, secret),
    ]) {
      expect(res.status).toBe(404);
      expect(problemSchema.parse(await res.json()).code).toBe('case_not_found');
    }
  });

  it('refuses a missing, unsolved, foreign or reused proof of work and writes nothing', async () => {
    let before = await countFormRows(owner);
    const expectRefused = async (res: Response, status: number, code: string) => {
      expect(res.status).toBe(status);
      expect(problemSchema.parse(await res.json()).code).toBe(code);
      expect(await countFormRows(owner)).toEqual(before);
    };
    await expectRefused(await send(fraud()), 400, 'proof_of_work_invalid');
    await expectRefused(
      await send(fraud(), { proof: `${Date.now()}.notsolved` }),
      400,
      'proof_of_work_invalid',
    );
    await expectRefused(
      await send(fraud(), { proof: proofFor('collecte-encombrants') }),
      400,
      'proof_of_work_invalid',
    );
    await expectRefused(
      await send(fraud(), {
        proof: solveProof('charleroi', 'signalement-fraude', Date.now() - 11 * 60 * 1000),
      }),
      400,
      'proof_of_work_invalid',
    );
    // Invalid answers do not use up the proof: the corrected form goes through with it, once.
    const proof = proofFor();
    const wrong = await send({ ...fraud(), answers: { kind: 'residence', facts: 'trop court' } }, { proof });
    expect(wrong.status).toBe(422);
    const problem = problemSchema.parse(await wrong.json());
    expect(problem.errors?.map((e) => [e.path, e.code])).toEqual(
      expect.arrayContaining([
        ['facts', 'too_short'],
        ['address', 'required'],
      ]),
    );
    expect(await countFormRows(owner)).toEqual(before);
    expect((await send(fraud(), { proof })).status).toBe(201);
    before = await countFormRows(owner);
    await expectRefused(await send(fraud(), { proof }), 409, 'proof_of_work_reused');
  });

  it('refuses a signed-in form without a session', async () => {
    const before = await countFormRows(owner);
    const res = await send(
      { version: 1, answers: { request: 'new-bin' }, language: 'fr' },
      { form: 'collecte-encombrants', proof: proofFor('collecte-encombrants') },
    );
    expect(res.status).toBe(401);
    expect(await countFormRows(owner)).toEqual(before);
  });

  it('takes an `either` form both ways: signed in with an e-mail, anonymously with a case secret', async () => {
    await owner`update form_definitions set access = 'either' where form_key = 'collecte-encombrants'`;
    const body = {
      version: 1,
      answers: {
        request: 'new-bin',
        binSize: 'l140',
        address: { street: 'Boulevard Tirou', number: '1', postalCode: '6000', city: 'Charleroi' },
        phone: '071 23 45 67',
      },
      language: 'fr',
    };
    const anonymous = await send(body, {
      form: 'collecte-encombrants',
      proof: proofFor('collecte-encombrants'),
    });
    expect(anonymous.status).toBe(201);
    expect(submissionAnswerSchema.parse(await anonymous.json()).caseSecret).toBeDefined();
    const citizen = await createCitizenSession(kit.owner.db, 'bins@example.be');
    const signedIn = await formClient(kit, 'charleroi').submit(citizen, 'collecte-encombrants', body);
    expect(signedIn.status).toBe(201);
    const answer = submissionAnswerSchema.parse(await signedIn.json());
    expect(answer.caseSecret).toBeUndefined();
    const [row] = await owner<{ user_id: string; case_secret_hash: string | null }[]>`
      select user_id, case_secret_hash from form_submissions where reference = ${answer.reference}`;
    expect(row).toEqual({ user_id: citizen.userId, case_secret_hash: null });
  });

  it('limits anonymous sending per network address, in memory', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 21; i += 1)
      statuses.push((await send(fraud(), { address: '198.51.100.200' })).status);
    expect(statuses.slice(0, 20).every((status) => status === 400)).toBe(true);
    expect(statuses[20]).toBe(429);
    // Another address is not affected.
    expect((await send(fraud(), { address: '198.51.100.201' })).status).toBe(400);
  });
});
