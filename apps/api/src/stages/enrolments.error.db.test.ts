import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { PROBLEM_CONTENT_TYPE, problemSchema } from '../problems/problem.ts';
import { openSessionNow } from './testing/enrolment-fixtures.ts';

describe('enrolment: bad requests write nothing', () => {
  let kit: AuthTestKit;
  let owner: postgres.Sql;
  let parent: CitizenSession;
  let childId: string;
  let sessionId: string;

  const post = (who: CitizenSession, body: string, headers: Record<string, string> = {}) =>
    kit.platform.app.request('/v1/tenants/liege/me/enrolments', {
      method: 'POST',
      headers: { ...kit.withBearer(who.token), 'content-type': 'application/json', ...headers },
      body,
    });
  const written = async () =>
    (
      await owner<{ n: number }[]>`
        select (select count(*) from stage_enrolments) + (select count(*) from idempotency_keys)
          + (select coalesce(sum(seats_taken + waitlist_taken), 0) from stage_sessions) as n`
    )[0]?.n;

  beforeAll(async () => {
    kit = await startAuthTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    parent = await createCitizenSession(kit.owner.db, 'parent@example.be');
    const call = (path: string, method: string, body: unknown) =>
      kit.platform.app.request(`/v1/tenants/liege/me${path}`, {
        method,
        headers: { ...kit.withBearer(parent.token), 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    await call('/household', 'PUT', {
      street: 'Rue Léopold',
      number: '1',
      postalCode: '4000',
      city: 'Liège',
    });
    childId = (
      (await (
        await call('/children', 'POST', { firstName: 'Zoé', lastName: 'P', birthDate: '2020-03-01' })
      ).json()) as {
        id: string;
      }
    ).id;
    sessionId = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-27-6-8-ans',
    });
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('answers every kind of bad input with a 4xx problem and writes nothing', async () => {
    const valid = () => ({ sessionId, childIds: [childId] });
    const seven = Array.from({ length: 7 }, () => crypto.randomUUID());
    const cases: [string, string, Record<string, string>?][] = [
      ['no body', ''],
      ['not JSON', '{"sessionId":'],
      ['an array', '[]'],
      ['a number for the session', JSON.stringify({ ...valid(), sessionId: 42 })],
      ['not a uuid', JSON.stringify({ ...valid(), sessionId: 'semaine-27' })],
      ['no child', JSON.stringify({ ...valid(), childIds: [] })],
      ['seven children', JSON.stringify({ ...valid(), childIds: seven })],
      ['a child twice', JSON.stringify({ ...valid(), childIds: [childId, childId] })],
      ['a child id that is not a uuid', JSON.stringify({ ...valid(), childIds: ['zoe'] })],
      ['allOrNone as a string', JSON.stringify({ ...valid(), allOrNone: 'yes' })],
      ['an unknown field', JSON.stringify({ ...valid(), priceCents: 0 })],
      ['a missing session', JSON.stringify({ childIds: [childId] })],
      ['a session that does not exist', JSON.stringify({ ...valid(), sessionId: crypto.randomUUID() })],
      ['a short Idempotency-Key', JSON.stringify(valid()), { 'idempotency-key': 'abc' }],
    ];
    const before = await written();
    for (const [name, body, headers] of cases) {
      const res = await post(parent, body, headers);
      expect(res.status, name).toBeGreaterThanOrEqual(400);
      expect(res.status, name).toBeLessThan(500);
      expect(res.headers.get('content-type'), name).toContain(PROBLEM_CONTENT_TYPE);
      problemSchema.parse(await res.json());
    }
    expect(await written()).toBe(before);
  });

  it('answers 404 for a session that does not exist, and 409 without a household', async () => {
    const missing = await post(
      parent,
      JSON.stringify({ sessionId: crypto.randomUUID(), childIds: [childId] }),
    );
    expect(missing.status).toBe(404);
    expect(problemSchema.parse(await missing.json()).code).toBe('stage_session_not_found');
    const homeless = await createCitizenSession(kit.owner.db, 'homeless@example.be');
    const res = await post(homeless, JSON.stringify({ sessionId, childIds: [childId] }));
    expect(res.status).toBe(409);
    expect(problemSchema.parse(await res.json()).code).toBe('household_required');
  });

  it('refuses a session that is not open yet, saying when it opens, and writes nothing', async () => {
    const [upcoming] = await owner<{ id: string }[]>`
      select ss.id from stage_sessions ss join stages s on s.tenant_id = ss.tenant_id and s.id = ss.stage_id
      where s.key = 'football' and ss.key = 'semaine-32'`;
    const before = await written();
    const res = await post(parent, JSON.stringify({ sessionId: upcoming?.id, childIds: [childId] }));
    expect(res.status).toBe(409);
    const problem = problemSchema.parse(await res.json());
    expect(problem.code).toBe('enrolment_refused');
    expect(problem.errors).toEqual([expect.objectContaining({ path: 'childIds.0', code: 'not_open_yet' })]);
    expect(problem.detail).toContain('2027-05-03T07:00:00.000Z');
    expect(await written()).toBe(before);
  });
});
