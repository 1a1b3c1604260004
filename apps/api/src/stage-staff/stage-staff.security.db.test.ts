import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { createFamilies } from '../stages/testing/enrolment-fixtures.ts';
import { enrolDirectly, sessionIdOf } from './testing/stage-staff-fixtures.ts';

describe('stage sessions in the back-office: security', () => {
  let kit: StaffTestKit;
  let owner: postgres.Sql;
  let manager: StaffSession;
  let animator: StaffSession;
  let mine: string;
  let other: string;
  let foreign: string;
  let enrolment: string;

  const readsOf = (session: string) => [
    `/v1/admin/tenants/liege/stage-sessions/${session}`,
    `/v1/admin/tenants/liege/stage-sessions/${session}/attendance/2027-07-05`,
    `/v1/admin/tenants/liege/stage-sessions/${session}/list.csv`,
    `/v1/admin/tenants/liege/stage-sessions/${session}/list.xlsx`,
    `/v1/admin/tenants/liege/stage-sessions/${session}/list.pdf`,
  ];
  const rosterReads = async () =>
    (
      await owner<
        { n: number }[]
      >`select count(*)::int as n from audit_events where action = 'stages.roster_read'`
    )[0]?.n;

  beforeAll(async () => {
    kit = await startStaffTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    manager = await kit.staff('manager@liege.example.be', 'liege', ['stage-manager']);
    animator = await kit.staff('animator@liege.example.be', 'liege', ['animator']);
    mine = await sessionIdOf(owner, { tenant: 'liege', stage: 'multisports', session: 'semaine-27-6-8-ans' });
    other = await sessionIdOf(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-28-6-8-ans',
    });
    foreign = await sessionIdOf(owner, {
      tenant: 'herstal',
      stage: 'mini-foot',
      session: 'semaine-27-6-9-ans',
    });
    const [family] = await createFamilies(owner, {
      tenant: 'liege',
      count: 1,
      birthDate: '2020-03-01',
      prefix: 'staffsec',
    });
    enrolment = await enrolDirectly(owner, {
      sessionId: other,
      childId: family?.childId ?? '',
      householdId: family?.householdId ?? '',
      status: 'confirmed',
    });
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

  it('shows an animator their own sessions only: another session is 404, as if it did not exist', async () => {
    for (const path of readsOf(mine)) expect((await kit.admin(path, animator)).status, path).toBe(200);
    for (const path of readsOf(other)) {
      const res = await kit.admin(path, animator);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain(enrolment);
    }
    const marks = await kit.admin(
      `/v1/admin/tenants/liege/stage-sessions/${other}/attendance/2027-07-12`,
      animator,
      {
        method: 'PUT',
        body: { marks: [{ enrolmentId: enrolment, status: 'present' }] },
      },
    );
    expect(marks.status).toBe(404);
  });

  it('keeps changes by hand and assignments to admins and stage-managers', async () => {
    const base = `/v1/admin/tenants/liege/stage-sessions/${mine}`;
    for (const [path, method, body] of [
      [`${base}/enrolments`, 'POST', { childId: enrolment, householdId: enrolment }],
      [`${base}/enrolments/${enrolment}/cancel`, 'POST', undefined],
      [`${base}/enrolments/${enrolment}/move`, 'POST', { toSessionId: other }],
      [`${base}/enrolments/${enrolment}/residency`, 'PUT', { residency: 'declared_resident' }],
      [`${base}/animators`, 'PUT', { userIds: [animator.userId] }],
      [`${base}/messages`, 'POST', { subject: 'Piscine', text: 'Maillot' }],
    ] as const) {
      const res = await kit.admin(path, animator, { method, ...(body ? { body } : {}) });
      expect(res.status, path).toBe(403);
    }
    const agent = await kit.staff('agent@liege.example.be', 'liege', ['form-agent', 'event-reviewer']);
    for (const path of ['/v1/admin/tenants/liege/stage-sessions', ...readsOf(mine)])
      expect((await kit.admin(path, agent)).status, path).toBe(403);
  });

  it('answers 404 for another commune’s session, and for a commune one is not staff of', async () => {
    for (const path of readsOf(foreign)) expect((await kit.admin(path, manager)).status, path).toBe(404);
    const message = await kit.admin(`/v1/admin/tenants/liege/stage-sessions/${foreign}/messages`, manager, {
      method: 'POST',
      body: { subject: 'Piscine', text: 'Maillot' },
    });
    expect(message.status).toBe(404);
    const res = await kit.admin('/v1/admin/tenants/herstal/stage-sessions', manager);
    expect(res.status).toBe(404);
  });

  it('takes the cookie session only, asks for the second factor, and refuses writes from another site', async () => {
    const path = `/v1/admin/tenants/liege/stage-sessions/${mine}`;
    expect((await kit.platform.app.request(path)).status).toBe(401);
    const bearer = await kit.platform.app.request(path, { headers: kit.withBearer(manager.token) });
    expect(bearer.status).toBe(401);
    const unverified = await kit.staff('nototp@liege.example.be', 'liege', ['stage-manager'], {
      secondFactor: false,
    });
    expect((await kit.admin(path, unverified)).status).toBe(403);
    const forged = await kit.admin(`${path}/attendance/2027-07-05`, manager, {
      method: 'PUT',
      body: { marks: [{ enrolmentId: enrolment, status: 'present' }] },
      headers: { origin: 'https://evil.example' },
    });
    expect(forged.status).toBe(403);
    expect((await forged.json()) as { code: string }).toMatchObject({ code: 'cross_site_request' });
  });

  it('records every staff read of a session’s children in the audit log, whatever the format', async () => {
    const before = (await rosterReads()) ?? 0;
    for (const path of readsOf(mine).filter((p) => !p.includes('/attendance/')))
      await kit.admin(path, manager);
    expect(await rosterReads()).toBe(before + 4);
    const [last] = await owner<{ actor: string; ip: string; detail: { format: string } }[]>`
      select actor_email as actor, ip, detail from audit_events
      where action = 'stages.roster_read' order by at desc limit 1`;
    expect(last).toMatchObject({
      actor: 'manager@liege.example.be',
      ip: '203.0.113.7',
      detail: { format: 'pdf' },
    });
    // A refused read records nothing.
    await kit.admin(`/v1/admin/tenants/liege/stage-sessions/${other}`, animator);
    expect(await rosterReads()).toBe(before + 4);
  });
});
