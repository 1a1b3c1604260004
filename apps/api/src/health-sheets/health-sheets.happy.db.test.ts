import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personalDataExportSchema } from '../households/household-schemas.ts';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { enrolDirectly, sessionIdOf } from '../stage-staff/testing/stage-staff-fixtures.ts';
import type { Family } from '../stages/testing/enrolment-fixtures.ts';
import { createFamilies } from '../stages/testing/enrolment-fixtures.ts';
import { healthSheetSchema, sessionHealthSchema } from './health-sheet-schemas.ts';
import { healthSheetCall, validSheet } from './testing/health-sheet-fixtures.ts';

describe('health sheets: happy paths', () => {
  let kit: StaffTestKit;
  let owner: postgres.Sql;
  let call: ReturnType<typeof healthSheetCall>;
  let manager: StaffSession;
  let sessionId: string;
  let withSheet: Family;
  let withoutSheet: Family;

  beforeAll(async () => {
    kit = await startStaffTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    call = healthSheetCall(kit);
    manager = await kit.staff('manager@liege.example.be', 'liege', ['stage-manager']);
    sessionId = await sessionIdOf(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-27-6-8-ans',
    });
    const families = await createFamilies(owner, {
      tenant: 'liege',
      count: 2,
      birthDate: '2020-03-01',
      prefix: 'hshappy',
    });
    [withSheet, withoutSheet] = families as [Family, Family];
    for (const family of families) {
      await enrolDirectly(owner, {
        sessionId,
        childId: family.childId,
        householdId: family.householdId,
        status: 'confirmed',
      });
    }
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('lets a parent write and read back a sheet, stored only as ciphertext', async () => {
    expect((await call(withSheet.token, 'liege', withSheet.childId)).status).toBe(404);
    const put = await call(withSheet.token, 'liege', withSheet.childId, validSheet);
    expect(put.status).toBe(200);
    const read = await call(withSheet.token, 'liege', withSheet.childId);
    expect(read.status).toBe(200);
    const sheet = healthSheetSchema.parse(await read.json());
    expect({ ...sheet, updatedAt: undefined }).toEqual({ ...validSheet, updatedAt: undefined });

    const rows = await owner<{ raw: string; iv: Buffer; keyId: string }[]>`
      select row_to_json(h)::text as raw, iv, key_id as "keyId" from child_health_sheets h
      where child_id = ${withSheet.childId}`;
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row?.iv).toHaveLength(12);
    expect(row?.keyId).toMatch(/^[0-9a-f]{16}$/);
    const bytes = await owner<{ hex: string }[]>`
      select encode(ciphertext, 'escape') as hex from child_health_sheets where child_id = ${withSheet.childId}`;
    for (const text of [row?.raw ?? '', bytes[0]?.hex ?? '']) {
      expect(text).not.toContain('ZX81');
      expect(text).not.toContain('Dupont');
      expect(text).not.toContain('EpiPen');
    }
  });

  it('replaces the sheet as a whole with a new IV on every write', async () => {
    const before = await owner<
      { iv: Buffer }[]
    >`select iv from child_health_sheets where child_id = ${withSheet.childId}`;
    const changed = { ...validSheet, photoConsent: true, treatments: [] };
    expect((await call(withSheet.token, 'liege', withSheet.childId, changed)).status).toBe(200);
    const after = await owner<
      { iv: Buffer }[]
    >`select iv from child_health_sheets where child_id = ${withSheet.childId}`;
    expect(after[0]?.iv.equals(before[0]?.iv ?? Buffer.alloc(0))).toBe(false);
    const sheet = healthSheetSchema.parse(
      await (await call(withSheet.token, 'liege', withSheet.childId)).json(),
    );
    expect(sheet.photoConsent).toBe(true);
    expect(sheet.treatments).toEqual([]);
    expect((await call(withSheet.token, 'liege', withSheet.childId, validSheet)).status).toBe(200);
  });

  it('includes the sheet, readable, in the parent’s data download', async () => {
    const res = await kit.platform.app.request('/v1/tenants/liege/me/export', {
      headers: kit.withBearer(withSheet.token),
    });
    expect(res.status).toBe(200);
    const data = personalDataExportSchema.parse(await res.json());
    expect(data.healthSheets.map((entry) => entry.childId)).toEqual([withSheet.childId]);
    expect(data.healthSheets[0]?.sheet.allergies).toBe(validSheet.allergies);
  });

  it('gives a stage manager the needed information of the confirmed children, without doctor or remarks, audited', async () => {
    const res = await kit.admin(`/v1/admin/tenants/liege/stage-sessions/${sessionId}/health`, manager);
    expect(res.status).toBe(200);
    const view = sessionHealthSchema.parse(await res.json());
    const mine = view.children.find((entry) => entry.childId === withSheet.childId);
    expect(mine?.sheet).toEqual({
      allergies: validSheet.allergies,
      dietaryNeeds: validSheet.dietaryNeeds,
      treatments: validSheet.treatments,
      collectors: validSheet.collectors,
      photoConsent: false,
    });
    expect(JSON.stringify(view)).not.toContain('Dr Lambert');
    expect(JSON.stringify(view)).not.toContain('Timide');
    expect(view.children.find((entry) => entry.childId === withoutSheet.childId)?.sheet).toBeNull();

    const events = await owner<{ actorUserId: string; detail: { children: string[]; sheets: number } }[]>`
      select actor_user_id as "actorUserId", detail from audit_events
      where action = 'health_sheets.session_read' and target_id = ${sessionId}`;
    expect(events).toHaveLength(1);
    expect(events[0]?.actorUserId).toBe(manager.userId);
    expect(events[0]?.detail.children.sort()).toEqual([withSheet.childId, withoutSheet.childId].sort());
    expect(events[0]?.detail.sheets).toBe(1);
  });
});
