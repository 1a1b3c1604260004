import type { DbHandle } from '@communa/db';
import { createDb } from '@communa/db';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { enrolDirectly, sessionIdOf } from '../stage-staff/testing/stage-staff-fixtures.ts';
import type { Family } from '../stages/testing/enrolment-fixtures.ts';
import { createFamilies } from '../stages/testing/enrolment-fixtures.ts';
import { purgeExpiredHealthSheets } from './health-sheet-retention.ts';
import { healthSheetCall, validSheet } from './testing/health-sheet-fixtures.ts';

describe('health sheets: retention', () => {
  let kit: AuthTestKit;
  let owner: postgres.Sql;
  let app: DbHandle;
  let lastDay: string;
  let families: Family[];

  const remaining = async () =>
    (await owner<{ childId: string }[]>`select child_id as "childId" from child_health_sheets`).map(
      (row) => row.childId,
    );

  beforeAll(async () => {
    kit = await startAuthTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    // The application role, under row-level security, as the worker runs it.
    app = createDb(kit.platform.database.appUrl, { max: 1 });
    const call = healthSheetCall(kit);
    const sessionId = await sessionIdOf(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-27-6-8-ans',
    });
    [{ lastDay } = { lastDay: '' }] = await owner<{ lastDay: string }[]>`
      select last_day::text as "lastDay" from stage_sessions where id = ${sessionId}`;
    families = await createFamilies(owner, {
      tenant: 'liege',
      count: 3,
      birthDate: '2020-03-01',
      prefix: 'hsret',
    });
    const [enrolled, cancelled] = families as [Family, Family, Family];
    await enrolDirectly(owner, {
      sessionId,
      childId: enrolled.childId,
      householdId: enrolled.householdId,
      status: 'confirmed',
    });
    const cancelledId = await enrolDirectly(owner, {
      sessionId,
      childId: cancelled.childId,
      householdId: cancelled.householdId,
      status: 'confirmed',
    });
    await owner`update stage_enrolments set status = 'cancelled', cancelled_at = now() where id = ${cancelledId}`;
    for (const family of families) {
      expect((await call(family.token, 'liege', family.childId, validSheet)).status).toBe(200);
    }
  });
  afterAll(async () => {
    await app.close();
    await owner.end();
    await kit.close();
  });

  const at = (day: string) => new Date(`${day}T12:00:00Z`);
  const plusDays = (day: string, days: number) =>
    new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  it('keeps every sheet written recently, and the enrolled child’s until 30 days after its last session', async () => {
    const [enrolled, cancelled, never] = families as [Family, Family, Family];
    expect(
      (await purgeExpiredHealthSheets({ db: app.db, retentionDays: 30 }, new Date())).size,
    ).toBeGreaterThan(1);
    expect((await remaining()).sort()).toEqual(families.map((f) => f.childId).sort());

    // Long after the sheets were written, but within 30 days of the session's end.
    const withinRetention = at(plusDays(lastDay, 30));
    await owner`update child_health_sheets set updated_at = ${new Date(withinRetention.getTime() - 31 * 86_400_000)}`;
    const counts = await purgeExpiredHealthSheets({ db: app.db, retentionDays: 30 }, withinRetention);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(2);
    expect(await remaining()).toEqual([enrolled.childId]);
    expect(await remaining()).not.toContain(cancelled.childId);
    expect(await remaining()).not.toContain(never.childId);

    const events = await owner<{ detail: { count: number; retentionDays: number } }[]>`
      select detail from audit_events where action = 'health_sheets.retention_deleted'`;
    expect(events.map((event) => event.detail)).toEqual([{ count: 2, retentionDays: 30 }]);
  });

  it('deletes the enrolled child’s sheet once its last session ended more than the retention period ago', async () => {
    const afterRetention = at(plusDays(lastDay, 31));
    await purgeExpiredHealthSheets({ db: app.db, retentionDays: 30 }, afterRetention);
    expect(await remaining()).toEqual([]);
    const events = await owner<{ n: number }[]>`
      select count(*)::int as n from audit_events where action = 'health_sheets.retention_deleted'`;
    expect(events[0]?.n).toBe(2);
  });
});
