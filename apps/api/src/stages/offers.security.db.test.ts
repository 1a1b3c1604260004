import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { problemSchema } from '../problems/problem.ts';
import type { Family } from './testing/enrolment-fixtures.ts';
import { createFamilies, openSessionNow } from './testing/enrolment-fixtures.ts';
import { callAs, enrolInTurn, everythingWritten } from './testing/offer-fixtures.ts';

describe('cancellation and offers: only the household’s own enrolments, only in its commune', () => {
  let kit: AuthTestKit;
  let owner: postgres.Sql;
  let holder: Family;
  let offeredFamily: Family;
  let neighbour: Family;
  let herstalFamily: Family;
  let held: string;
  let offered: string;
  let herstalEnrolment: string;

  const ROUTES = (id: string) =>
    [
      [`/enrolments/${id}/cancellation`, { reason: 'personal' }],
      [`/enrolments/${id}/offer/accept`, undefined],
      [`/enrolments/${id}/offer/decline`, undefined],
    ] as const;

  beforeAll(async () => {
    kit = await startAuthTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    const session = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-27-6-8-ans',
      capacity: 1,
    });
    const liege = await createFamilies(owner, {
      tenant: 'liege',
      count: 3,
      birthDate: '2020-03-01',
      prefix: 'sec',
    });
    [holder, offeredFamily, neighbour] = liege as [Family, Family, Family];
    [held, offered] = (await enrolInTurn(kit, session, [holder, offeredFamily])) as [string, string];
    // The holder cancels: the second family holds an offer the others will try to take.
    const res = await callAs(kit)(holder, `/enrolments/${held}/cancellation`, {
      method: 'POST',
      body: { reason: 'personal' },
    });
    expect(res.status).toBe(200);

    const [herstal] = await owner<{ stage: string; session: string }[]>`
      select s.key as stage, ss.key as session from stage_sessions ss
      join stages s on s.tenant_id = ss.tenant_id and s.id = ss.stage_id join tenants t on t.id = ss.tenant_id
      where t.slug = 'herstal' and ss.min_age <= 7 and ss.max_age >= 7 limit 1`;
    const herstalSession = await openSessionNow(owner, {
      tenant: 'herstal',
      stage: herstal?.stage ?? '',
      session: herstal?.session ?? '',
    });
    [herstalFamily] = (await createFamilies(owner, {
      tenant: 'herstal',
      count: 1,
      birthDate: '2020-03-01',
      prefix: 'sec-herstal',
    })) as [Family];
    const enrolled = await callAs(kit, 'herstal')(herstalFamily, '/enrolments', {
      method: 'POST',
      body: { sessionId: herstalSession, childIds: [herstalFamily.childId] },
    });
    herstalEnrolment =
      ((await enrolled.json()) as { results: { enrolmentId: string }[] }).results[0]?.enrolmentId ?? '';
    expect(enrolled.status).toBe(201);
    expect(herstalEnrolment).toMatch(/^[0-9a-f-]{36}$/);
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('answers 404 to another household of the same commune, and writes nothing', async () => {
    const before = await everythingWritten(owner);
    for (const id of [held, offered])
      for (const [path, body] of ROUTES(id)) {
        const res = await callAs(kit)(neighbour, path, { method: 'POST', ...(body ? { body } : {}) });
        expect(res.status, path).toBe(404);
        expect(problemSchema.parse(await res.json()).code).toBe('enrolment_not_found');
      }
    expect(await everythingWritten(owner)).toEqual(before);
  });

  it('answers 404 to a Herstal family naming a Liège enrolment through either commune, and writes nothing', async () => {
    const before = await everythingWritten(owner);
    for (const tenant of ['liege', 'herstal'])
      for (const [path, body] of ROUTES(offered)) {
        const res = await callAs(kit, tenant)(herstalFamily, path, {
          method: 'POST',
          ...(body ? { body } : {}),
        });
        expect(res.status, `${tenant} ${path}`).toBe(404);
      }
    // And the Liège family cannot reach its Herstal neighbour's enrolment through Liège.
    for (const [path, body] of ROUTES(herstalEnrolment)) {
      const res = await callAs(kit)(offeredFamily, path, { method: 'POST', ...(body ? { body } : {}) });
      expect(res.status, path).toBe(404);
    }
    expect(await everythingWritten(owner)).toEqual(before);
  });

  it('answers 401 without a signed-in parent', async () => {
    const before = await everythingWritten(owner);
    for (const [path, body] of ROUTES(offered)) {
      const res = await kit.platform.app.request(`/v1/tenants/liege/me${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      expect(res.status, path).toBe(401);
    }
    expect(await everythingWritten(owner)).toEqual(before);
  });

  it('lets the family the seat is offered to accept it', async () => {
    const res = await callAs(kit)(offeredFamily, `/enrolments/${offered}/offer/accept`, { method: 'POST' });
    expect(res.status).toBe(200);
  });
});
