import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { enrolDirectly, sessionIdOf } from '../stage-staff/testing/stage-staff-fixtures.ts';
import type { Family } from '../stages/testing/enrolment-fixtures.ts';
import { createFamilies } from '../stages/testing/enrolment-fixtures.ts';
import { sessionHealthSchema } from './health-sheet-schemas.ts';
import { healthSheetCall, validSheet } from './testing/health-sheet-fixtures.ts';

describe('health sheets: who may read them', () => {
  let kit: StaffTestKit;
  let owner: postgres.Sql;
  let call: ReturnType<typeof healthSheetCall>;
  let animator: StaffSession;
  let herstalManager: StaffSession;
  let mine: string;
  let other: string;
  let parent: Family;
  let neighbour: Family;
  let herstalParent: Family;

  const healthReads = async () =>
    (
      await owner<
        { n: number }[]
      >`select count(*)::int as n from audit_events where action = 'health_sheets.session_read'`
    )[0]?.n;

  beforeAll(async () => {
    kit = await startStaffTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    call = healthSheetCall(kit);
    const manager = await kit.staff('manager@liege.example.be', 'liege', ['stage-manager']);
    animator = await kit.staff('animator@liege.example.be', 'liege', ['animator']);
    herstalManager = await kit.staff('manager@herstal.example.be', 'herstal', ['stage-manager']);
    mine = await sessionIdOf(owner, { tenant: 'liege', stage: 'multisports', session: 'semaine-27-6-8-ans' });
    other = await sessionIdOf(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-28-6-8-ans',
    });
    [parent, neighbour] = (await createFamilies(owner, {
      tenant: 'liege',
      count: 2,
      birthDate: '2020-03-01',
      prefix: 'hssec',
    })) as [Family, Family];
    [herstalParent] = (await createFamilies(owner, {
      tenant: 'herstal',
      count: 1,
      birthDate: '2020-03-01',
      prefix: 'hssecher',
    })) as [Family];
    for (const [family, sessionId] of [
      [parent, other],
      [neighbour, mine],
    ] as const) {
      await enrolDirectly(owner, {
        sessionId,
        childId: family.childId,
        householdId: family.householdId,
        status: 'confirmed',
      });
      expect((await call(family.token, 'liege', family.childId, validSheet)).status).toBe(200);
    }
    const assigned = await kit.admin(`/v1/admin/tenants/liege/stage-sessions/${mine}/animators`, manager, {
      method: 'PUT',
      body: { userIds: [animator.userId] },
    });
    expect(assigned.status).toBe(200);
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('answers 404 to another household’s child and to the same child asked in another commune', async () => {
    for (const [token, tenant] of [
      [neighbour.token, 'liege'],
      [herstalParent.token, 'herstal'],
      [parent.token, 'herstal'],
    ] as const) {
      const read = await call(token, tenant, parent.childId);
      expect(read.status).toBe(404);
      expect(await read.text()).not.toContain('ZX81');
      const write = await call(token, tenant, parent.childId, { ...validSheet, allergies: 'Forged' });
      expect(write.status).toBe(404);
    }
    const sheet = await call(parent.token, 'liege', parent.childId);
    expect(((await sheet.json()) as { allergies: string }).allergies).toBe(validSheet.allergies);
  });

  it('lets an animator read their own session’s sheets, audited each time, and not another session’s', async () => {
    const before = await healthReads();
    for (let i = 0; i < 2; i++) {
      const res = await kit.admin(`/v1/admin/tenants/liege/stage-sessions/${mine}/health`, animator);
      expect(res.status).toBe(200);
      const view = sessionHealthSchema.parse(await res.json());
      expect(view.children.map((entry) => entry.childId)).toContain(neighbour.childId);
    }
    expect(await healthReads()).toBe((before ?? 0) + 2);
    const res = await kit.admin(`/v1/admin/tenants/liege/stage-sessions/${other}/health`, animator);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain(parent.childId);
    expect(await healthReads()).toBe((before ?? 0) + 2);
  });

  it('hides a commune’s sessions from another commune’s staff and from citizens', async () => {
    const before = await healthReads();
    const foreign = await kit.admin(`/v1/admin/tenants/liege/stage-sessions/${mine}/health`, herstalManager);
    expect(foreign.status).toBe(404);
    const viaOwnCommune = await kit.admin(
      `/v1/admin/tenants/herstal/stage-sessions/${mine}/health`,
      herstalManager,
    );
    expect(viaOwnCommune.status).toBe(404);
    expect(await viaOwnCommune.text()).not.toContain('ZX81');
    const citizen = await kit.platform.app.request(`/v1/admin/tenants/liege/stage-sessions/${mine}/health`, {
      headers: kit.withBearer(parent.token),
    });
    expect(citizen.status).toBe(401);
    expect(await healthReads()).toBe(before);
  });
});
