import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../problems/problem.ts';
import type { TestPlatform } from '../../testing/test-platform.ts';
import { startTestPlatform } from '../../testing/test-platform.ts';
import { makeDrawSession } from '../testing/draw-fixtures.ts';
import type { Family } from '../testing/enrolment-fixtures.ts';
import { createFamilies, openSessionNow } from '../testing/enrolment-fixtures.ts';

describe('a draw session refuses bad requests and writes nothing', () => {
  let t: TestPlatform;
  let owner: postgres.Sql;
  let sessionId: string;
  const post = (family: Family, childIds: string[]) =>
    t.app.request('/v1/tenants/liege/me/enrolments', {
      method: 'POST',
      headers: { authorization: `Bearer ${family.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ sessionId, childIds }),
    });
  const written = async () =>
    (
      await owner<{ n: string }[]>`
        select (select count(*) from stage_draws)::text || '/' || (select count(*) from stage_draw_tickets)::text
          || '/' || (select count(*) from stage_enrolments)::text as n`
    )[0]?.n;

  beforeAll(async () => {
    t = await startTestPlatform();
    owner = postgres(t.database.ownerUrl, { max: 1, onnotice: () => {} });
    sessionId = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-27-6-8-ans',
    });
    await makeDrawSession(owner, sessionId);
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  it('a child of the wrong age: 409 age_out_of_range, no draw, no ticket', async () => {
    const [toddler] = await createFamilies(owner, {
      tenant: 'liege',
      count: 1,
      birthDate: '2024-01-01',
      prefix: 'young',
    });
    if (!toddler) throw new Error('no family');
    const before = await written();
    const res = await post(toddler, [toddler.childId]);
    expect(res.status).toBe(409);
    const problem = problemSchema.parse(await res.json());
    expect(problem.code).toBe('enrolment_refused');
    expect(problem.errors).toEqual([expect.objectContaining({ code: 'age_out_of_range' })]);
    expect(await written()).toBe(before);
  });

  it('a child already on a ticket of this draw: 409 already_enrolled, nothing more written', async () => {
    const [family] = await createFamilies(owner, {
      tenant: 'liege',
      count: 1,
      birthDate: '2020-03-01',
      prefix: 'twice',
    });
    if (!family) throw new Error('no family');
    expect((await post(family, [family.childId])).status).toBe(202);
    const before = await written();
    const res = await post(family, [family.childId]);
    expect(res.status).toBe(409);
    expect(problemSchema.parse(await res.json()).errors).toEqual([
      expect.objectContaining({ code: 'already_enrolled' }),
    ]);
    expect(await written()).toBe(before);
  });

  it('a child of another household: 409 child_not_found, nothing written', async () => {
    const [a, b] = await createFamilies(owner, {
      tenant: 'liege',
      count: 2,
      birthDate: '2020-03-01',
      prefix: 'other',
    });
    if (!a || !b) throw new Error('no families');
    const before = await written();
    const res = await post(a, [b.childId]);
    expect(res.status).toBe(409);
    expect(problemSchema.parse(await res.json()).errors).toEqual([
      expect.objectContaining({ code: 'child_not_found' }),
    ]);
    expect(await written()).toBe(before);
  });

  it('the draws of a session that is not a UUID: 400; of no session: 404', async () => {
    const bad = await t.app.request('/v1/tenants/liege/stage-sessions/not-a-uuid/draws');
    expect(bad.status).toBe(400);
    const before = await written();
    const missing = await t.app.request(`/v1/tenants/liege/stage-sessions/${crypto.randomUUID()}/draws`);
    expect(missing.status).toBe(404);
    expect(problemSchema.parse(await missing.json()).code).toBe('stage_session_not_found');
    const elsewhere = await t.app.request(`/v1/tenants/charleroi/stage-sessions/${sessionId}/draws`);
    expect(elsewhere.status).toBe(404);
    expect(await written()).toBe(before);
  });
});
