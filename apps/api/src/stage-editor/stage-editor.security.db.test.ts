import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import {
  countEditorWrites,
  HERSTAL_STAGES,
  INDUSTRY,
  roboticsStage,
} from './testing/stage-editor-fixtures.ts';

describe('the stage editor: security', () => {
  let kit: StaffTestKit;
  let owner: postgres.Sql;
  let liegeManager: StaffSession;
  let herstalManager: StaffSession;
  let others: StaffSession;
  let animator: StaffSession;
  let adminWithoutCode: StaffSession;
  let citizen: CitizenSession;

  const routes = [
    [HERSTAL_STAGES, {}],
    [`${HERSTAL_STAGES}.yaml`, {}],
    [INDUSTRY, {}],
    [INDUSTRY, { method: 'PUT', body: { definition: roboticsStage() } }],
    [HERSTAL_STAGES, { method: 'POST', body: { key: 'intrus', definition: roboticsStage() } }],
  ] as const;

  beforeAll(async () => {
    kit = await startStaffTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    liegeManager = await kit.staff('manager.sec@liege.example.be', 'liege', ['stage-manager', 'admin']);
    herstalManager = await kit.staff('manager.sec@herstal.example.be', 'herstal', ['stage-manager']);
    others = await kit.staff('others.sec@herstal.example.be', 'herstal', [
      'form-agent',
      'event-reviewer',
      'event-decider',
    ]);
    animator = await kit.staff('animator.sec@herstal.example.be', 'herstal', ['animator']);
    adminWithoutCode = await kit.staff('admin.sec@herstal.example.be', 'herstal', ['admin'], {
      secondFactor: false,
    });
    citizen = await createCitizenSession(kit.owner.db, 'sec.stages@example.be', { language: 'fr' });
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('gives staff of another commune 404 on every route, and writes nothing', async () => {
    const before = await countEditorWrites(owner);
    for (const [path, init] of routes) {
      const res = await kit.admin(path, liegeManager, init);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain('industrie');
    }
    expect(await countEditorWrites(owner)).toEqual(before);
  });

  it('refuses other roles, an admin without second factor, anonymous callers, bearer tokens and cross-site writes', async () => {
    const before = await countEditorWrites(owner);
    for (const [path, init] of routes) {
      expect((await kit.admin(path, others, init)).status, path).toBe(403);
      expect((await kit.admin(path, animator, init)).status, path).toBe(403);
      expect((await kit.admin(path, adminWithoutCode, init)).status, path).toBe(403);
      expect((await kit.admin(path, undefined, init)).status, path).toBe(401);
    }
    const crossSite = await kit.admin(INDUSTRY, herstalManager, {
      method: 'PUT',
      body: { definition: roboticsStage() },
      headers: { origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
    const bearer = await kit.platform.app.request(INDUSTRY, { headers: kit.withBearer(citizen.token) });
    expect(bearer.status).toBe(401);
    expect(await countEditorWrites(owner)).toEqual(before);
  });

  it('cannot reach a stage of another commune by its key through one’s own', async () => {
    // Liège's multisports exists only in Liège: Herstal's staff see no such stage, and cannot edit it.
    const path = `${HERSTAL_STAGES}/multisports/definition`;
    expect((await kit.admin(path, herstalManager)).status).toBe(404);
    const before = await countEditorWrites(owner);
    const put = await kit.admin(path, herstalManager, {
      method: 'PUT',
      body: { definition: roboticsStage() },
    });
    expect(put.status).toBe(404);
    expect(await countEditorWrites(owner)).toEqual(before);
  });
});
