import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPlatform } from '../../testing/test-platform.ts';
import { startTestPlatform } from '../../testing/test-platform.ts';
import { endDrawPeriod, makeDrawSession } from '../testing/draw-fixtures.ts';
import type { Family } from '../testing/enrolment-fixtures.ts';
import { createFamilies, openSessionNow } from '../testing/enrolment-fixtures.ts';
import { drawTicketAnswerSchema, sessionDrawsSchema } from './draw-schemas.ts';

describe('a draw session', () => {
  let t: TestPlatform;
  let owner: postgres.Sql;
  const post = (
    family: Family,
    sessionId: string,
    childIds: string[],
    extra: { allOrNone?: boolean; key?: string } = {},
  ) =>
    t.app.request('/v1/tenants/liege/me/enrolments', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${family.token}`,
        'content-type': 'application/json',
        ...(extra.key ? { 'idempotency-key': extra.key } : {}),
      },
      body: JSON.stringify({ sessionId, childIds, ...(extra.allOrNone ? { allOrNone: true } : {}) }),
    });
  const draws = async (sessionId: string) =>
    sessionDrawsSchema.parse(
      await (await t.app.request(`/v1/tenants/liege/stage-sessions/${sessionId}/draws`)).json(),
    );
  /** A second child in the family's household. */
  const sibling = async (family: Family) => {
    const [child] = await owner<{ id: string; tenantId: string }[]>`
      insert into children (tenant_id, first_name, last_name, birth_date)
      select tenant_id, 'Sibling', 'Of ' || ${family.email}, '2020-05-01' from households where id = ${family.householdId}
      returning id, tenant_id as "tenantId"`;
    if (!child) throw new Error('no sibling');
    await owner`insert into child_households (tenant_id, child_id, household_id) values (${child.tenantId}, ${child.id}, ${family.householdId})`;
    return child.id;
  };

  beforeAll(async () => {
    t = await startTestPlatform();
    owner = postgres(t.database.ownerUrl, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  it('puts siblings asked together on one ticket, keeps all-or-none siblings together, and replays a retried request', async () => {
    const sessionId = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-28-6-8-ans',
      capacity: 3,
    });
    await makeDrawSession(owner, sessionId);
    const families = await createFamilies(owner, {
      tenant: 'liege',
      count: 6,
      birthDate: '2020-03-01',
      prefix: 'sib',
    });
    const [siblings, ...singles] = families;
    if (!siblings) throw new Error('no families');
    const second = await sibling(siblings);

    const res = await post(siblings, sessionId, [siblings.childId, second], {
      allOrNone: true,
      key: 'draw-retry-1',
    });
    expect(res.status).toBe(202);
    const ticket = drawTicketAnswerSchema.parse(await res.json());
    expect(ticket.results).toEqual([
      { childId: siblings.childId, status: 'pending_draw' },
      { childId: second, status: 'pending_draw' },
    ]);
    const replay = await post(siblings, sessionId, [siblings.childId, second], {
      allOrNone: true,
      key: 'draw-retry-1',
    });
    expect(replay.status).toBe(202);
    expect(await replay.json()).toEqual(ticket);
    for (const single of singles) expect((await post(single, sessionId, [single.childId])).status).toBe(202);

    const [open] = (await draws(sessionId)).draws;
    expect(open?.tickets).toHaveLength(6);
    expect(open?.tickets.find((row) => row.id === ticket.ticketId)).toMatchObject({
      children: 2,
      allOrNone: true,
      rank: null,
    });
    expect(open?.drawAt).toBe(ticket.drawAt);

    await endDrawPeriod(owner, sessionId);
    const [drawn] = (await draws(sessionId)).draws;
    expect(drawn?.seed).toMatch(/^[0-9a-f]{64}$/);
    expect(drawn?.tickets.map((row) => row.rank).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
    const rows = await owner<{ childId: string; status: string }[]>`
      select child_id as "childId", status from stage_enrolments where session_id = ${sessionId}`;
    expect(rows).toHaveLength(7);
    expect(rows.filter((row) => row.status === 'confirmed').length).toBeLessThanOrEqual(3);
    const together = new Set(
      rows.filter((row) => [siblings.childId, second].includes(row.childId)).map((row) => row.status),
    );
    expect(together.size).toBe(1);
  });

  it('draws residents first in a residents’ window and shows the seed’s hash before any ticket', async () => {
    const sessionId = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-30-6-8-ans',
      capacity: 2,
      audience: 'residents',
    });
    await makeDrawSession(owner, sessionId);
    const [first] = (await draws(sessionId)).draws;
    expect(first).toMatchObject({ prioritised: true, seed: null, tickets: [] });
    const families = await createFamilies(owner, {
      tenant: 'liege',
      count: 3,
      birthDate: '2020-03-01',
      prefix: 'res',
    });
    for (const family of families) {
      const res = await post(family, sessionId, [family.childId]);
      expect(drawTicketAnswerSchema.parse(await res.json()).seedHash).toBe(first?.seedHash);
    }
    const [open] = (await draws(sessionId)).draws;
    expect(open?.tickets.every((row) => row.priority)).toBe(true);
  });
});
