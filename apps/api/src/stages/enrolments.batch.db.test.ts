import pino from 'pino';
import postgres from 'postgres';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../problems/problem.ts';
import type { TestPlatform } from '../testing/test-platform.ts';
import { startTestPlatform } from '../testing/test-platform.ts';
import type { BatchRequest } from './enrol-batch.ts';
import { serveEnrolmentBatch } from './enrol-batch.ts';
import { enrolmentReference } from './enrolment-reference.ts';
import { enrolmentAnswerSchema } from './enrolment-schemas.ts';
import type { Family } from './testing/enrolment-fixtures.ts';
import { createFamilies, openSessionNow } from './testing/enrolment-fixtures.ts';

// Requests that arrive together are served together in one transaction (enrolBatch): each must get
// the answer it would have got alone, one after the other.
describe('enrolment requests served together', () => {
  let t: TestPlatform;
  let owner: postgres.Sql;
  let sessionId: string;
  let families: Family[];
  const warnings: string[] = [];

  const enrol = (family: Family, body: unknown, key?: string) =>
    t.app.request('/v1/tenants/liege/me/enrolments', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${family.token}`,
        'content-type': 'application/json',
        ...(key ? { 'idempotency-key': key } : {}),
      },
      body: JSON.stringify(body),
    });
  const liveEnrolments = async (childId: string) =>
    (
      await owner<{ n: number }[]>`
        select count(*)::int as n from stage_enrolments where child_id = ${childId} and status <> 'cancelled'`
    )[0]?.n;
  const family = (index: number) => {
    const found = families[index];
    if (!found) throw new Error(`no family ${index}`);
    return found;
  };

  beforeAll(async () => {
    // A batch that fails falls back to serving its requests alone, with the same answers: the
    // warning it logs is what tells that the batch itself did not do the work.
    t = await startTestPlatform({
      logger: pino({ level: 'warn' }, { write: (line) => warnings.push(line) }),
    });
    owner = postgres(t.database.ownerUrl, { max: 1, onnotice: () => {} });
    sessionId = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-27-6-8-ans',
      capacity: 3,
    });
    families = await createFamilies(owner, {
      tenant: 'liege',
      count: 10,
      birthDate: '2020-03-01',
      prefix: 'batch',
    });
  });
  afterEach(() => {
    expect(warnings).toEqual([]);
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  it('enrols a child asked twice at once only once: the second is told it is already enrolled', async () => {
    const twin = family(0);
    const answers = await Promise.all(
      [1, 2, 3].map(() => enrol(twin, { sessionId, childIds: [twin.childId] })),
    );
    expect(answers.map((res) => res.status).sort()).toEqual([201, 409, 409]);
    for (const res of answers.filter((r) => r.status === 409)) {
      const problem = problemSchema.parse(await res.json());
      expect(problem.errors?.map((error) => error.code)).toEqual(['already_enrolled']);
    }
    expect(await liveEnrolments(twin.childId)).toBe(1);
  });

  it('answers requests sent at once under one Idempotency-Key with the first answer, enrolling once', async () => {
    const parent = family(1);
    const answers = await Promise.all(
      [1, 2, 3].map(() => enrol(parent, { sessionId, childIds: [parent.childId] }, 'same-key-1')),
    );
    expect(answers.map((res) => res.status)).toEqual([201, 201, 201]);
    const bodies = await Promise.all(
      answers.map(async (res) => enrolmentAnswerSchema.parse(await res.json())),
    );
    expect(new Set(bodies.map((body) => JSON.stringify(body))).size).toBe(1);
    expect(await liveEnrolments(parent.childId)).toBe(1);
  });

  it('prices a household’s second child as a sibling when both are asked at once in two requests', async () => {
    const parent = family(2);
    const [second] = await owner<{ id: string }[]>`
      with c as (
        insert into children (tenant_id, first_name, last_name, birth_date)
        select tenant_id, 'Second', 'Child', '2020-05-01' from households where id = ${parent.householdId}
        returning id, tenant_id
      )
      insert into child_households (tenant_id, child_id, household_id)
      select tenant_id, id, ${parent.householdId} from c returning child_id as id`;
    if (!second) throw new Error('no second child');
    const answers = await Promise.all([
      enrol(parent, { sessionId, childIds: [parent.childId] }),
      enrol(parent, { sessionId, childIds: [second.id] }),
    ]);
    expect(answers.map((res) => res.status)).toEqual([201, 201]);
    const prices = (
      await Promise.all(answers.map(async (res) => enrolmentAnswerSchema.parse(await res.json())))
    ).flatMap((answer) =>
      answer.results.map((result) => (result.status === 'refused' ? 0 : result.priceCents)),
    );
    // The resident price, then the same less the sibling reduction (Liège's multisports).
    expect(prices.sort()).toEqual([5500, 6500]);
  });

  it('gives the seats left, then waitlist places in arrival order, to families asking at once', async () => {
    const rest = [3, 4, 5, 6].map(family);
    const answers = await Promise.all(
      rest.map((parent) => enrol(parent, { sessionId, childIds: [parent.childId] })),
    );
    expect(answers.map((res) => res.status)).toEqual([201, 201, 201, 201]);
    const results = (
      await Promise.all(answers.map(async (res) => enrolmentAnswerSchema.parse(await res.json())))
    ).flatMap((answer) => answer.results);
    // Three seats: the first child of families 0, 1 and 2 took them; family 2's second child waits first.
    expect(results.map((result) => result.status)).toEqual([
      'waitlisted',
      'waitlisted',
      'waitlisted',
      'waitlisted',
    ]);
    const positions = results.flatMap((result) => (result.status === 'waitlisted' ? [result.position] : []));
    expect(positions.sort()).toEqual([2, 3, 4, 5]);
    const [counts] = await owner<{ seats: number; waitlist: number }[]>`
      select seats_taken as seats, waitlist_taken as waitlist from stage_sessions where id = ${sessionId}`;
    expect(counts).toEqual({ seats: 3, waitlist: 5 });
  });

  it('frees the key of a request refused as a whole, and writes nothing for it, beside one that enrols', async () => {
    const refused = family(7);
    const stranger = family(0);
    const [mine, other] = await Promise.all([
      enrol(refused, { sessionId, childIds: [stranger.childId] }, 'retry-me'),
      enrol(family(1), { sessionId, childIds: [family(1).childId] }),
    ]);
    expect(mine.status).toBe(409);
    expect(problemSchema.parse(await mine.json()).errors?.map((error) => error.code)).toEqual([
      'child_not_found',
    ]);
    expect(other.status).toBe(409);
    // The same key, now for the family's own child: a new try, not the replay of the refusal.
    const retried = await enrol(refused, { sessionId, childIds: [refused.childId] }, 'retry-me');
    expect(retried.status).toBe(201);
    expect(await liveEnrolments(refused.childId)).toBe(1);
  });

  it('serves the batch again when a reference it drew was already taken, writing each enrolment once', async () => {
    const [taken] = await owner<{ reference: string }[]>`
      select reference from stage_enrolments where session_id = ${sessionId} limit 1`;
    const tenant = await t.platform.tenants.resolve('liege');
    if (!taken || !tenant) throw new Error('no enrolment or no commune');
    const parents = [8, 9].map(family);
    const requests: BatchRequest[] = [];
    for (const parent of parents) {
      const [user] = await owner<{ userId: string; email: string; name: string }[]>`
        select id as "userId", email, name from users where email = ${parent.email}`;
      if (!user) throw new Error('no user');
      requests.push({
        citizen: { ...user, language: null },
        input: { sessionId, childIds: [parent.childId], allOrNone: false },
        scope: undefined,
        mailLanguage: 'fr',
        now: new Date(),
      });
    }
    let draws = 0;
    const outcomes = await serveEnrolmentBatch(
      t.platform.db,
      { jobs: t.platform.jobs, invoiceTerms: { dueDays: 14, graceDays: 7 } },
      tenant,
      requests,
      (slug, firstDay) => (draws++ === 0 ? taken.reference : enrolmentReference(slug, firstDay)),
    );
    // Two draws for the first try, two more for the second.
    expect(draws).toBe(4);
    const references = outcomes.flatMap((outcome) =>
      outcome.kind === 'enrolled'
        ? outcome.answer.results.flatMap((result) => (result.status === 'refused' ? [] : [result.reference]))
        : [],
    );
    expect(references).toHaveLength(2);
    expect(references).not.toContain(taken.reference);
    for (const parent of parents) expect(await liveEnrolments(parent.childId)).toBe(1);
  });
});
