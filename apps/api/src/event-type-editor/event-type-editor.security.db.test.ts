import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import {
  editorWrites,
  fleaMarket,
  HERSTAL_EVENT_CONFIGURATION,
  HERSTAL_EVENT_TYPES,
  withoutKey,
} from './testing/event-type-editor-fixtures.ts';

describe('the event type editor: security', () => {
  let kit: StaffTestKit;
  let owner: postgres.Sql;
  let herstalAdmin: StaffSession;
  let liegeAdmin: StaffSession;
  let staffWithOtherRoles: StaffSession;
  let adminWithoutCode: StaffSession;
  let citizen: CitizenSession;

  const routes = [
    [HERSTAL_EVENT_CONFIGURATION, {}],
    [HERSTAL_EVENT_TYPES, { method: 'POST', body: fleaMarket() }],
    [`${HERSTAL_EVENT_TYPES}/market`, { method: 'PUT', body: withoutKey(fleaMarket()) }],
    [`${HERSTAL_EVENT_TYPES}/market`, { method: 'DELETE' }],
    [`${HERSTAL_EVENT_CONFIGURATION}/places`, { method: 'PUT', body: { places: [] } }],
    [`${HERSTAL_EVENT_CONFIGURATION}/equipment`, { method: 'PUT', body: { equipment: [] } }],
  ] as const;

  beforeAll(async () => {
    kit = await startStaffTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    herstalAdmin = await kit.staff('admin.sec@herstal.example.be', 'herstal', ['admin']);
    liegeAdmin = await kit.staff('admin.sec@liege.example.be', 'liege', ['admin']);
    staffWithOtherRoles = await kit.staff('others.sec@herstal.example.be', 'herstal', [
      'event-reviewer',
      'event-decider',
      'service-advisor',
      'form-agent',
      'stage-manager',
    ]);
    adminWithoutCode = await kit.staff('nocode.sec@herstal.example.be', 'herstal', ['admin'], {
      secondFactor: false,
    });
    citizen = await createCitizenSession(kit.owner.db, 'sec.events@example.be', { language: 'fr' });
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('gives staff of another commune 404 on every route, and writes nothing', async () => {
    const before = await editorWrites(owner);
    for (const [path, init] of routes) {
      const res = await kit.admin(path, liegeAdmin, init);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain('Place Licourt');
    }
    expect(await editorWrites(owner)).toEqual(before);
  });

  it('refuses every role but admin, an admin without second factor, anonymous callers, bearer tokens and cross-site writes', async () => {
    const before = await editorWrites(owner);
    for (const [path, init] of routes) {
      expect((await kit.admin(path, staffWithOtherRoles, init)).status, path).toBe(403);
      expect((await kit.admin(path, adminWithoutCode, init)).status, path).toBe(403);
      expect((await kit.admin(path, undefined, init)).status, path).toBe(401);
      const bearer = await kit.platform.app.request(path, {
        method: 'method' in init ? init.method : 'GET',
        headers: kit.withBearer(citizen.token),
      });
      expect(bearer.status, path).toBe(401);
    }
    const crossSite = await kit.admin(`${HERSTAL_EVENT_TYPES}/market`, herstalAdmin, {
      method: 'PUT',
      body: withoutKey(fleaMarket()),
      headers: { origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
    expect(await editorWrites(owner)).toEqual(before);
  });

  it('cannot reach another commune’s type by its key through one’s own', async () => {
    await owner`
      insert into event_types (tenant_id, key, position, config_hash, name, description, form_key, attachments,
        lead_time_days, opinions, public_calendar)
      select id, 'liege-only', 99, ${'0'.repeat(64)}, '{"fr":"Liège seulement"}', '{"fr":"Liège"}',
        'event-gathering', '[]', 10, '{}', false
      from tenants where slug = 'liege'`;
    const before = await editorWrites(owner);
    const put = await kit.admin(`${HERSTAL_EVENT_TYPES}/liege-only`, herstalAdmin, {
      method: 'PUT',
      body: withoutKey(fleaMarket()),
    });
    expect(put.status).toBe(404);
    const removed = await kit.admin(`${HERSTAL_EVENT_TYPES}/liege-only`, herstalAdmin, { method: 'DELETE' });
    expect(removed.status).toBe(404);
    // Creating the same key in one's own commune leaves the other's alone.
    const created = await kit.admin(HERSTAL_EVENT_TYPES, herstalAdmin, {
      method: 'POST',
      body: { ...fleaMarket(), key: 'liege-only' },
    });
    expect(created.status).toBe(201);
    const [liege] = await owner`
      select t.config_hash, t.active from event_types t join tenants c on c.id = t.tenant_id
      where c.slug = 'liege' and t.key = 'liege-only'`;
    expect(liege).toEqual({ config_hash: '0'.repeat(64), active: true });
    expect((await editorWrites(owner))?.audits).toBe((before?.audits ?? 0) + 1);
  });
});
