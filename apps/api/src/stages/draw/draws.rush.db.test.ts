import { createHash } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPlatform } from '../../testing/test-platform.ts';
import { startTestPlatform } from '../../testing/test-platform.ts';
import { enrolmentAnswerSchema } from '../enrolment-schemas.ts';
import { endDrawPeriod, makeDrawSession } from '../testing/draw-fixtures.ts';
import type { Family } from '../testing/enrolment-fixtures.ts';
import { createFamilies, openSessionNow } from '../testing/enrolment-fixtures.ts';
import { allocateDraw } from './draw-allocation.ts';
import { drawOrder } from './draw-order.ts';
import { drawTicketAnswerSchema, sessionDrawsSchema } from './draw-schemas.ts';

const PARENTS = 500;
const SEATS = 10;

// Opening day with a draw: every parent asks in the draw period; the order comes from the seed.
describe('enrolment rush with a draw', () => {
  let t: TestPlatform;
  let owner: postgres.Sql;
  let sessionId: string;
  let families: Family[];
  const post = (family: Family) =>
    t.app.request('/v1/tenants/liege/me/enrolments', {
      method: 'POST',
      headers: { authorization: `Bearer ${family.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ sessionId, childIds: [family.childId] }),
    });
  const draws = async () => {
    const res = await t.app.request(`/v1/tenants/liege/stage-sessions/${sessionId}/draws`);
    expect(res.status).toBe(200);
    return sessionDrawsSchema.parse(await res.json());
  };
  beforeAll(async () => {
    t = await startTestPlatform();
    owner = postgres(t.database.ownerUrl, { max: 1, onnotice: () => {} });
    sessionId = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-27-6-8-ans',
      capacity: SEATS,
    });
    await makeDrawSession(owner, sessionId);
    families = await createFamilies(owner, {
      tenant: 'liege',
      count: PARENTS + 1,
      birthDate: '2020-03-01',
      prefix: 'draw',
    });
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  it(`${PARENTS} parents in the draw period for ${SEATS} seats: all pending, then ${SEATS} confirmed and ${PARENTS - SEATS} waitlisted as the published seed says`, async () => {
    const [late, ...askers] = families;
    if (!late) throw new Error('no families');
    const answers = await Promise.all(
      askers.map(async (family) => {
        const res = await post(family);
        return { family, status: res.status, body: drawTicketAnswerSchema.parse(await res.json()) };
      }),
    );
    expect(answers.map((a) => a.status).filter((status) => status !== 202)).toEqual([]);
    expect(answers.every((a) => a.body.results[0]?.status === 'pending_draw')).toBe(true);
    expect(new Set(answers.map((a) => a.body.ticketId)).size).toBe(PARENTS);
    const seedHashes = new Set(answers.map((a) => a.body.seedHash));
    expect(seedHashes.size).toBe(1);
    const [before] = (await draws()).draws;
    expect(before).toMatchObject({ seed: null, drawnAt: null, prioritised: false });
    expect(before?.tickets).toHaveLength(PARENTS);
    expect(before?.tickets.every((ticket) => ticket.rank === null)).toBe(true);
    expect([before?.seedHash]).toEqual([...seedHashes]);
    const [nothingYet] = await owner<{ n: number }[]>`
      select count(*)::int as n from stage_enrolments where session_id = ${sessionId}`;
    expect(nothingYet?.n).toBe(0);

    await endDrawPeriod(owner, sessionId);
    // The first look after the draw time draws; looking again changes nothing.
    const [drawn] = (await draws()).draws;
    const [again] = (await draws()).draws;
    expect(again).toEqual(drawn);
    if (!drawn?.seed) throw new Error('the seed was not revealed');
    expect(createHash('sha256').update(Buffer.from(drawn.seed, 'hex')).digest('hex')).toBe(drawn.seedHash);

    const rows = await owner<{ childId: string; status: string; position: number | null }[]>`
      select child_id as "childId", status, waitlist_position as position
      from stage_enrolments where session_id = ${sessionId}`;
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(SEATS);
    const positions = rows.flatMap((r) =>
      r.status === 'waitlisted' && r.position !== null ? [r.position] : [],
    );
    expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: PARENTS - SEATS }, (_, i) => i + 1));
    const [counts] = await owner<{ seatsTaken: number; waitlistTaken: number }[]>`
      select seats_taken as "seatsTaken", waitlist_taken as "waitlistTaken" from stage_sessions where id = ${sessionId}`;
    expect(counts).toEqual({ seatsTaken: SEATS, waitlistTaken: PARENTS - SEATS });

    // Anyone can recompute it: the published tickets and seed give the same order and the same seats.
    const childOfTicket = new Map(answers.map((a) => [a.body.ticketId, a.family.childId]));
    const order = drawOrder(drawn.seed, drawn.tickets, drawn.prioritised);
    expect(order.map((ticket) => ticket.rank)).toEqual(order.map((_, i) => i + 1));
    const recomputed = allocateDraw(
      order.map((ticket) => ({
        id: ticket.id,
        childIds: [childOfTicket.get(ticket.id) ?? ''],
        allOrNone: ticket.allOrNone,
      })),
      SEATS,
      1,
    );
    const actual = new Map(rows.map((r) => [r.childId, r]));
    for (const allocation of recomputed) {
      const row = actual.get(allocation.childId);
      expect({ status: row?.status, position: row?.position }).toEqual({
        status: allocation.status,
        position: allocation.status === 'waitlisted' ? allocation.position : null,
      });
    }
    // Each requester's e-mail was enqueued with the draw.
    const [mails] = await owner<{ n: number }[]>`
      select count(*)::int as n from pgboss.job where name = 'mail' and data->'mail'->>'idempotencyKey' like 'stage-enrolment/%'`;
    expect(mails?.n).toBe(PARENTS);

    // After the draw period: first come, first served, behind the drawn waitlist.
    const res = await post(late);
    expect(res.status).toBe(201);
    expect(enrolmentAnswerSchema.parse(await res.json()).results).toEqual([
      expect.objectContaining({ status: 'waitlisted', position: PARENTS - SEATS + 1 }),
    ]);
  }, 180_000);
});
