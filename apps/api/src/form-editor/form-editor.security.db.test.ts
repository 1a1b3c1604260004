import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import {
  ATTESTATION,
  contactForm,
  countEditorWrites,
  HERSTAL_FORMS,
} from './testing/form-editor-fixtures.ts';

describe('the form editor: security', () => {
  let kit: StaffTestKit;
  let owner: postgres.Sql;
  let liegeAgent: StaffSession;
  let herstalAgent: StaffSession;
  let manager: StaffSession;
  let adminWithoutCode: StaffSession;
  let citizen: CitizenSession;

  const routes = [
    [ATTESTATION, {}],
    [`${ATTESTATION}.yaml`, {}],
    [ATTESTATION, { method: 'PUT', body: contactForm() }],
    [HERSTAL_FORMS, { method: 'POST', body: { key: 'intrus', ...contactForm() } }],
  ] as const;

  beforeAll(async () => {
    kit = await startStaffTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    liegeAgent = await kit.staff('agent.sec@liege.example.be', 'liege', ['form-agent']);
    herstalAgent = await kit.staff('agent.sec@herstal.example.be', 'herstal', ['form-agent']);
    manager = await kit.staff('manager.sec@herstal.example.be', 'herstal', [
      'stage-manager',
      'event-reviewer',
    ]);
    adminWithoutCode = await kit.staff('admin.sec@herstal.example.be', 'herstal', ['admin'], {
      secondFactor: false,
    });
    citizen = await createCitizenSession(kit.owner.db, 'sec.editor@example.be', { language: 'fr' });
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('gives staff of another commune 404 on every route, and writes nothing', async () => {
    const before = await countEditorWrites(owner);
    for (const [path, init] of routes) {
      const res = await kit.admin(path, liegeAgent, init);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain('Attestation de domicile');
    }
    expect(await countEditorWrites(owner)).toEqual(before);
  });

  it('refuses other roles, an admin without second factor, anonymous callers, bearer tokens and cross-site writes', async () => {
    const before = await countEditorWrites(owner);
    for (const [path, init] of routes) {
      expect((await kit.admin(path, manager, init)).status, path).toBe(403);
      expect((await kit.admin(path, adminWithoutCode, init)).status, path).toBe(403);
      expect((await kit.admin(path, undefined, init)).status, path).toBe(401);
    }
    const crossSite = await kit.admin(ATTESTATION, herstalAgent, {
      method: 'PUT',
      body: contactForm(),
      headers: { origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
    const bearer = await kit.platform.app.request(ATTESTATION, { headers: kit.withBearer(citizen.token) });
    expect(bearer.status).toBe(401);
    expect(await countEditorWrites(owner)).toEqual(before);
  });

  it('cannot reach a form of another commune by its key through one’s own', async () => {
    // Liège's move request exists only in Liège: Herstal's staff see no such form.
    const res = await kit.admin(`${HERSTAL_FORMS}/occupation-voirie-demenagement/definition`, herstalAgent);
    expect(res.status).toBe(404);
  });
});
