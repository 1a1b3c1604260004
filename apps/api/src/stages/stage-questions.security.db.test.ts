import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { problemSchema } from '../problems/problem.ts';
import type { Family } from './testing/enrolment-fixtures.ts';
import { createFamilies, openSessionNow } from './testing/enrolment-fixtures.ts';

describe('a stage’s questions: security', () => {
  let kit: AuthTestKit;
  let owner: postgres.Sql;
  let families: Family[];
  let swimming: string;

  const enrol = (who: Family | undefined, body: unknown, tenant = 'liege') =>
    kit.platform.app.request(`/v1/tenants/${tenant}/me/enrolments`, {
      method: 'POST',
      headers: {
        ...(who ? kit.withBearer(who.token) : {}),
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    });
  const enrolments = async () =>
    (await owner<{ n: number }[]>`select count(*)::int as n from stage_enrolments`)[0]?.n;

  beforeAll(async () => {
    kit = await startAuthTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    swimming = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'natation-perfectionnement',
      session: 'semaine-27',
    });
    families = await createFamilies(owner, {
      tenant: 'liege',
      count: 2,
      birthDate: '2017-03-01',
      prefix: 'qsec',
    });
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  const answersOf = (childId: string) => ({ [childId]: { swimmingLevel: 'alone', tshirt: '4-6' } });

  it('answers for another household’s child enrol nobody', async () => {
    const [mine, theirs] = families;
    if (!mine || !theirs) throw new Error('two families expected');
    const res = await enrol(mine, {
      sessionId: swimming,
      childIds: [theirs.childId],
      answers: answersOf(theirs.childId),
    });
    expect(res.status).toBe(409);
    expect(problemSchema.parse(await res.json()).errors?.[0]?.code).toBe('child_not_found');
    expect(await enrolments()).toBe(0);
  });

  it('needs a signed-in parent of the commune, before any answer is read', async () => {
    const [mine] = families;
    if (!mine) throw new Error('a family expected');
    const body = { sessionId: swimming, childIds: [mine.childId], answers: answersOf(mine.childId) };
    expect((await enrol(undefined, body)).status).toBe(401);
    // Liège's session through another commune: no such session there.
    expect((await enrol(mine, body, 'charleroi')).status).toBeGreaterThanOrEqual(400);
    expect(await enrolments()).toBe(0);
  });
});
