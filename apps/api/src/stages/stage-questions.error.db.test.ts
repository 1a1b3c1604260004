import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { problemSchema } from '../problems/problem.ts';
import type { Family } from './testing/enrolment-fixtures.ts';
import { createFamilies, openSessionNow } from './testing/enrolment-fixtures.ts';

describe('a stage’s questions: bad answers', () => {
  let kit: AuthTestKit;
  let owner: postgres.Sql;
  let family: Family;
  let swimming: string;
  let theatre: string;
  let older: Family;

  const enrol = (who: Family, body: unknown) =>
    kit.platform.app.request('/v1/tenants/liege/me/enrolments', {
      method: 'POST',
      headers: { ...kit.withBearer(who.token), 'content-type': 'application/json' },
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
    theatre = await openSessionNow(owner, { tenant: 'liege', stage: 'theatre-impro', session: 'semaine-28' });
    const [first, second] = await createFamilies(owner, {
      tenant: 'liege',
      count: 2,
      birthDate: '2016-03-01',
      prefix: 'qerr',
    });
    if (!first || !second) throw new Error('two families expected');
    family = first;
    older = second;
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('refuses missing answers with the engine’s errors under the child, writing nothing', async () => {
    const res = await enrol(family, { sessionId: swimming, childIds: [family.childId] });
    expect(res.status).toBe(422);
    const problem = problemSchema.parse(await res.json());
    expect(problem.code).toBe('invalid_answers');
    expect(problem.errors?.map((e) => [e.path, e.code])).toEqual([
      [`answers.${family.childId}.swimmingLevel`, 'required'],
      [`answers.${family.childId}.tshirt`, 'required'],
    ]);
    expect(await enrolments()).toBe(0);
  });

  it('refuses a value that is not an option and an unknown question', async () => {
    const res = await enrol(family, {
      sessionId: swimming,
      childIds: [family.childId],
      answers: { [family.childId]: { swimmingLevel: 'olympic', tshirt: '4-6', colour: 'red' } },
    });
    expect(res.status).toBe(422);
    const problem = problemSchema.parse(await res.json());
    expect(problem.errors?.map((e) => e.path).sort()).toEqual([
      `answers.${family.childId}.colour`,
      `answers.${family.childId}.swimmingLevel`,
    ]);
    expect(await enrolments()).toBe(0);
  });

  it('refuses an answer to a hidden question rather than keep it', async () => {
    const res = await enrol(older, {
      sessionId: theatre,
      childIds: [older.childId],
      answers: { [older.childId]: { lunch: false, diet: 'sans gluten', tshirt: '10-12' } },
    });
    expect(res.status).toBe(422);
    const problem = problemSchema.parse(await res.json());
    expect(problem.errors?.map((e) => e.path)).toEqual([`answers.${older.childId}.diet`]);
    expect(await enrolments()).toBe(0);
  });

  it('refuses answers for a child not asked, and answers that are not a map', async () => {
    const stranger = '7f0d2c1e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';
    for (const answers of [
      { [stranger]: { swimmingLevel: 'alone', tshirt: '4-6' } },
      { [family.childId]: 'alone' },
      [],
    ]) {
      const res = await enrol(family, { sessionId: swimming, childIds: [family.childId], answers });
      expect(res.status).toBe(400);
    }
    expect(await enrolments()).toBe(0);
  });

  it('stores nothing for a stage without questions, whatever is sent', async () => {
    const robots = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'robots-et-code',
      session: 'semaine-30',
    });
    const res = await enrol(family, {
      sessionId: robots,
      childIds: [family.childId],
      answers: { [family.childId]: { anything: 'at all' } },
    });
    expect(res.status).toBe(201);
    const [row] = await owner<{ answers: unknown }[]>`
      select answers from stage_enrolments where child_id = ${family.childId}`;
    expect(row?.answers).toBeNull();
  });
});
