import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { problemSchema } from '../problems/problem.ts';
import { myEnrolmentsSchema } from './enrolment-schemas.ts';
import { openSessionNow } from './testing/enrolment-fixtures.ts';

describe('enrolment: isolation between communes and households', () => {
  let kit: AuthTestKit;
  let owner: postgres.Sql;
  let liegeParent: CitizenSession;
  let herstalParent: CitizenSession;
  let liegeChild: string;
  let herstalChild: string;
  let liegeSession: string;
  let herstalSession: string;

  const call = (who: CitizenSession, tenant: string, path: string, method = 'GET', body?: unknown) =>
    kit.platform.app.request(`/v1/tenants/${tenant}/me${path}`, {
      method,
      headers: { ...kit.withBearer(who.token), 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const count = async () =>
    (await owner<{ n: number }[]>`select count(*)::int as n from stage_enrolments`)[0]?.n;
  const setUp = async (who: CitizenSession, tenant: string, postalCode: string, city: string) => {
    await call(who, tenant, '/household', 'PUT', { street: 'Rue Haute', number: '2', postalCode, city });
    const res = await call(who, tenant, '/children', 'POST', {
      firstName: 'Lou',
      lastName: 'X',
      birthDate: '2020-03-01',
    });
    return ((await res.json()) as { id: string }).id;
  };

  beforeAll(async () => {
    kit = await startAuthTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    liegeParent = await createCitizenSession(kit.owner.db, 'liege.parent@example.be');
    herstalParent = await createCitizenSession(kit.owner.db, 'herstal.parent@example.be');
    liegeChild = await setUp(liegeParent, 'liege', '4000', 'Liège');
    herstalChild = await setUp(herstalParent, 'herstal', '4040', 'Herstal');
    liegeSession = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-27-6-8-ans',
    });
    const [herstal] = await owner<{ stage: string; session: string }[]>`
      select s.key as stage, ss.key as session from stage_sessions ss
      join stages s on s.tenant_id = ss.tenant_id and s.id = ss.stage_id join tenants t on t.id = ss.tenant_id
      where t.slug = 'herstal' and ss.min_age <= 7 and ss.max_age >= 7 limit 1`;
    herstalSession = await openSessionNow(owner, {
      tenant: 'herstal',
      stage: herstal?.stage ?? '',
      session: herstal?.session ?? '',
    });
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('answers 404 for another commune’s session, even to a parent of that commune, and writes nothing', async () => {
    const before = await count();
    for (const [who, childId] of [
      [liegeParent, liegeChild],
      [herstalParent, herstalChild],
    ] as const) {
      const res = await call(who, 'liege', '/enrolments', 'POST', {
        sessionId: herstalSession,
        childIds: [childId],
      });
      expect([404, 409]).toContain(res.status);
      if (who === liegeParent)
        expect(problemSchema.parse(await res.json()).code).toBe('stage_session_not_found');
    }
    expect(await count()).toBe(before);
  });

  it('treats another household’s or commune’s child as not found, and writes nothing', async () => {
    const other = await createCitizenSession(kit.owner.db, 'other.parent@example.be');
    const otherChild = await setUp(other, 'liege', '4000', 'Liège');
    const before = await count();
    for (const childId of [herstalChild, otherChild]) {
      const res = await call(liegeParent, 'liege', '/enrolments', 'POST', {
        sessionId: liegeSession,
        childIds: [childId],
      });
      expect(res.status).toBe(409);
      expect(problemSchema.parse(await res.json()).errors).toEqual([
        expect.objectContaining({ code: 'child_not_found' }),
      ]);
    }
    expect(await count()).toBe(before);
  });

  it('shows a parent only their household’s enrolments, in the commune asked', async () => {
    const res = await call(liegeParent, 'liege', '/enrolments', 'POST', {
      sessionId: liegeSession,
      childIds: [liegeChild],
    });
    expect(res.status).toBe(201);
    const mine = myEnrolmentsSchema.parse(await (await call(liegeParent, 'liege', '/enrolments')).json());
    expect(mine.enrolments.map((e) => e.child.id)).toEqual([liegeChild]);
    const theirs = myEnrolmentsSchema.parse(await (await call(herstalParent, 'liege', '/enrolments')).json());
    expect(theirs.enrolments).toEqual([]);
    const elsewhere = myEnrolmentsSchema.parse(
      await (await call(liegeParent, 'herstal', '/enrolments')).json(),
    );
    expect(elsewhere.enrolments).toEqual([]);
  });

  it('keeps an enrolled child: removing it from the household is 409 child_enrolled', async () => {
    const res = await call(liegeParent, 'liege', `/children/${liegeChild}`, 'DELETE');
    expect(res.status).toBe(409);
    expect(problemSchema.parse(await res.json()).code).toBe('child_enrolled');
    const household = (await (await call(liegeParent, 'liege', '/household')).json()) as {
      children: { id: string }[];
    };
    expect(household.children.map((c) => c.id)).toEqual([liegeChild]);
  });

  it('answers 401 without a session', async () => {
    for (const method of ['GET', 'POST']) {
      const res = await kit.platform.app.request('/v1/tenants/liege/me/enrolments', { method });
      expect(res.status).toBe(401);
    }
  });

  it('keeps enrolments and idempotency keys under row-level security, and enrolments undeletable', async () => {
    const app = postgres(kit.platform.database.appUrl, { max: 1, onnotice: () => {} });
    try {
      expect(await app`select id from stage_enrolments`).toHaveLength(0);
      expect(await app`select key from idempotency_keys`).toHaveLength(0);
      await expect(app`delete from stage_enrolments`).rejects.toThrow(/permission denied/);
    } finally {
      await app.end();
    }
  });
});
