import { withTenant } from '@communa/db';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { problemSchema } from '../problems/problem.ts';
import { expireOffer } from './answer-offer.ts';
import type { Family } from './testing/enrolment-fixtures.ts';
import { createFamilies, openSessionNow } from './testing/enrolment-fixtures.ts';
import { callAs, countersOf, enrolInTurn, enrolmentsOf } from './testing/offer-fixtures.ts';

interface SessionKey {
  stage: string;
  session: string;
  firstDay: string;
  minAge: number;
}

// Real PostgreSQL, real concurrent transactions: whatever the interleaving, one seat has one holder
// (confirmed or offered), seats taken never exceed capacity, and the waitlist stays 1, 2, 3…
describe('cancellation and offers under concurrency', () => {
  let kit: AuthTestKit;
  let owner: postgres.Sql;
  let call: ReturnType<typeof callAs>;
  let sessions: SessionKey[];
  let used = 0;

  /** A fresh Liège session of `capacity` seats, open now, and `count` families whose child fits it. */
  const freshSession = async (capacity: number, count: number) => {
    const key = sessions[used];
    used += 1;
    if (!key) throw new Error('not enough demo sessions');
    const sessionId = await openSessionNow(owner, { tenant: 'liege', ...key, capacity });
    const families = await createFamilies(owner, {
      tenant: 'liege',
      count,
      birthDate: `${Number(key.firstDay.slice(0, 4)) - key.minAge}-01-01`,
      prefix: `race${used}`,
    });
    return { sessionId, families };
  };
  const cancel = (who: Family, id: string) =>
    call(who, `/enrolments/${id}/cancellation`, { method: 'POST', body: { reason: 'personal' } });
  const holdersOf = async (sessionId: string) =>
    (await enrolmentsOf(owner, sessionId)).filter(
      (row) => row.status === 'confirmed' || row.status === 'offered',
    );
  /** The waitlist's positions in order: concurrent requests' creation times say nothing of it. */
  const waitlistOf = async (sessionId: string) =>
    (await enrolmentsOf(owner, sessionId))
      .filter((row) => row.status === 'waitlisted')
      .map((row) => row.waitlistPosition ?? 0)
      .sort((x, y) => x - y);

  beforeAll(async () => {
    kit = await startAuthTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 2, onnotice: () => {} });
    call = callAs(kit);
    sessions = [
      ...(await owner<SessionKey[]>`
        select s.key as stage, ss.key as session, ss.first_day::text as "firstDay", ss.min_age as "minAge"
        from stage_sessions ss join stages s on s.tenant_id = ss.tenant_id and s.id = ss.stage_id
        join tenants t on t.id = ss.tenant_id
        where t.slug = 'liege' and ss.active and s.active order by s.key, ss.key`),
    ];
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('gives the seat to the accept or to the expiry racing it, never to both', async () => {
    const tenant = await kit.platform.platform.tenants.resolve('liege');
    if (!tenant) throw new Error('no commune liege');
    const outcomes: string[] = [];
    for (let round = 0; round < 6; round += 1) {
      const { sessionId, families } = await freshSession(1, 3);
      const [holder, first] = families;
      const [held, offered, next] = await enrolInTurn(kit, sessionId, families);
      if (!holder || !first || !held || !offered || !next) throw new Error('fixtures missing');
      expect((await cancel(holder, held)).status).toBe(200);
      const [offer] = await holdersOf(sessionId);
      const deadline = offer?.offerExpiresAt;
      if (!deadline) throw new Error('no offer made');
      // The family answers just in time while the expiry job, its clock just past the deadline, runs.
      const [accept, expiry] = await Promise.all([
        call(first, `/enrolments/${offered}/offer/accept`, { method: 'POST' }),
        withTenant(kit.platform.platform.db, tenant.id, (tx) =>
          expireOffer(
            tx,
            { jobs: kit.platform.platform.jobs, offerHours: 48 },
            tenant,
            offered,
            new Date(deadline.getTime() + 1),
          ),
        ),
      ]);
      const rows = await enrolmentsOf(owner, sessionId);
      if (accept.status === 200) {
        expect(expiry).toBe('answered');
        expect(rows.map((row) => row.status)).toEqual(['cancelled', 'confirmed', 'waitlisted']);
      } else {
        expect(accept.status).toBe(409);
        expect(problemSchema.parse(await accept.json()).code).toBe('offer_expired');
        expect(expiry).toBe('expired');
        expect(rows.map((row) => [row.status, row.cancellationReason])).toEqual([
          ['cancelled', 'personal'],
          ['cancelled', 'offer_expired'],
          ['offered', null],
        ]);
      }
      outcomes.push(expiry);
      expect(await holdersOf(sessionId)).toHaveLength(1);
      expect(await countersOf(owner, sessionId)).toMatchObject({ seatsTaken: 1 });
    }
    expect(outcomes).toHaveLength(6);
  }, 60_000);

  it('cancels once when the same cancellation arrives twice at once, and offers the seat once', async () => {
    const { sessionId, families } = await freshSession(1, 3);
    const [holder] = families;
    const [held] = await enrolInTurn(kit, sessionId, families);
    if (!holder || !held) throw new Error('fixtures missing');
    const answers = await Promise.all([cancel(holder, held), cancel(holder, held)]);
    expect(answers.map((res) => res.status).sort()).toEqual([200, 409]);
    expect((await enrolmentsOf(owner, sessionId)).map((row) => [row.status, row.waitlistPosition])).toEqual([
      ['cancelled', null],
      ['offered', null],
      ['waitlisted', 1],
    ]);
    expect(await countersOf(owner, sessionId)).toMatchObject({ seatsTaken: 1, waitlistTaken: 1 });
  });

  it('keeps one holder per seat and a gapless waitlist while cancellations and enrolments race', async () => {
    const { sessionId, families } = await freshSession(2, 7);
    const early = families.slice(0, 5);
    const late = families.slice(5);
    const ids = await enrolInTurn(kit, sessionId, early);
    const [a, b] = early;
    if (!a || !b || !ids[0] || !ids[1]) throw new Error('fixtures missing');
    const answers = await Promise.all([
      cancel(a, ids[0]),
      cancel(b, ids[1]),
      ...late.map((family) =>
        call(family, '/enrolments', { method: 'POST', body: { sessionId, childIds: [family.childId] } }),
      ),
    ]);
    expect(answers.map((res) => res.status)).toEqual([200, 200, 201, 201]);
    const rows = await enrolmentsOf(owner, sessionId);
    // The first two on the waitlist hold the freed seats, whoever came in meanwhile.
    expect(rows.filter((row) => row.status === 'offered').map((row) => row.id)).toEqual([ids[2], ids[3]]);
    expect(await holdersOf(sessionId)).toHaveLength(2);
    expect(await waitlistOf(sessionId)).toEqual([1, 2, 3]);
    // The one already waiting stays ahead of those who arrived during the cancellations.
    expect(rows.find((row) => row.id === ids[4])?.waitlistPosition).toBe(1);
    expect(await countersOf(owner, sessionId)).toMatchObject({
      seatsTaken: 2,
      waitlistTaken: 3,
      capacity: 2,
    });
  });
});
