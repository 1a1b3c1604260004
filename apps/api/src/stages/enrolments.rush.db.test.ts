import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPlatform } from '../testing/test-platform.ts';
import { startTestPlatform } from '../testing/test-platform.ts';
import type { EnrolmentAnswer } from './enrolment-schemas.ts';
import type { Family } from './testing/enrolment-fixtures.ts';
import { createFamilies, openSessionNow } from './testing/enrolment-fixtures.ts';

const PARENTS = 500;
const SEATS = 10;

// Opening day: every parent asks at the same instant for the same session.
describe('enrolment rush', () => {
  let t: TestPlatform;
  let owner: postgres.Sql;
  let sessionId: string;
  let families: Family[];
  beforeAll(async () => {
    t = await startTestPlatform();
    owner = postgres(t.database.ownerUrl, { max: 1, onnotice: () => {} });
    sessionId = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-27-6-8-ans',
      capacity: SEATS,
    });
    families = await createFamilies(owner, {
      tenant: 'liege',
      count: PARENTS,
      birthDate: '2020-03-01',
      prefix: 'rush',
    });
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  it(`${PARENTS} parents at once for ${SEATS} seats: ${SEATS} confirmed, the others waitlisted 1..${PARENTS - SEATS}`, async () => {
    expect(families).toHaveLength(PARENTS);
    const started = performance.now();
    const answers = await Promise.all(
      families.map(async (family) => {
        const res = await t.app.request('/v1/tenants/liege/me/enrolments', {
          method: 'POST',
          headers: { authorization: `Bearer ${family.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ sessionId, childIds: [family.childId] }),
        });
        return { status: res.status, body: (await res.json()) as EnrolmentAnswer };
      }),
    );
    const elapsedMs = Math.round(performance.now() - started);
    console.info(`enrolment rush: ${PARENTS} requests in ${elapsedMs} ms`);

    expect(answers.map((a) => a.status).filter((status) => status !== 201)).toEqual([]);
    const results = answers.flatMap((a) => a.body.results);
    expect(results.filter((r) => r.status === 'confirmed')).toHaveLength(SEATS);
    const positions = results.flatMap((r) => (r.status === 'waitlisted' ? [r.position] : []));
    expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: PARENTS - SEATS }, (_, i) => i + 1));
    const references = results.flatMap((r) => (r.status === 'refused' ? [] : [r.reference]));
    expect(new Set(references).size).toBe(PARENTS);

    const [session] = await owner<{ seatsTaken: number; waitlistTaken: number }[]>`
      select seats_taken as "seatsTaken", waitlist_taken as "waitlistTaken" from stage_sessions where id = ${sessionId}`;
    expect(session).toEqual({ seatsTaken: SEATS, waitlistTaken: PARENTS - SEATS });
    const rows = await owner<{ status: string; n: number }[]>`
      select status, count(*)::int as n from stage_enrolments where session_id = ${sessionId} group by status order by status`;
    expect(rows).toEqual([
      { status: 'confirmed', n: SEATS },
      { status: 'waitlisted', n: PARENTS - SEATS },
    ]);
    // Arrival order: a waitlist position is handed out in the same transaction that commits it.
    const [gaps] = await owner<{ n: number }[]>`
      select count(*)::int as n from (
        select waitlist_position, row_number() over (order by waitlist_position) as rank
        from stage_enrolments where session_id = ${sessionId} and status = 'waitlisted'
      ) ranked where waitlist_position <> rank`;
    expect(gaps?.n).toBe(0);
  }, 120_000);
});
