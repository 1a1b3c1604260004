import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysFromNow, seedEventRequest } from '../events/testing/event-fixtures.ts';
import { type Problem, problemSchema } from '../problems/problem.ts';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { editableEventConfigurationSchema } from './event-type-editor-schemas.ts';
import {
  editorWrites,
  fleaMarket,
  HERSTAL_EVENT_CONFIGURATION,
  HERSTAL_EVENT_TYPES,
  withoutKey,
} from './testing/event-type-editor-fixtures.ts';

describe('the event type editor: errors', () => {
  let kit: StaffTestKit;
  let owner: postgres.Sql;
  let admin: StaffSession;
  let liegeAdmin: StaffSession;

  const problem = async (res: Response): Promise<Problem> => {
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    return problemSchema.parse(await res.json());
  };
  const configuration = async () =>
    editableEventConfigurationSchema.parse(
      await (await kit.admin(HERSTAL_EVENT_CONFIGURATION, admin)).json(),
    );

  beforeAll(async () => {
    kit = await startStaffTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    admin = await kit.staff('admin.errors@herstal.example.be', 'herstal', ['admin']);
    liegeAdmin = await kit.staff('admin.errors@liege.example.be', 'liege', ['admin']);
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('refuses a type against the rules of event-types.yaml with 422 and each error at its path, writing nothing', async () => {
    const before = await editorWrites(owner);
    const type = withoutKey(fleaMarket());
    const cases: [unknown, { path: string; code: string }[]][] = [
      [{ ...type, form: 'nowhere' }, [{ path: 'form', code: 'unknown_form' }]],
      [{ ...type, opinions: ['police', 'army'] }, [{ path: 'opinions.1', code: 'unknown_service' }]],
      [{ ...type, leadTimeDays: 400 }, [{ path: 'leadTimeDays', code: 'too_big' }]],
      [{ ...type, leadTimeDays: 1.5 }, [{ path: 'leadTimeDays', code: 'invalid_type' }]],
      [{ ...type, name: { nl: 'Markt' } }, [{ path: 'name.fr', code: 'missing_default_text' }]],
      [
        { ...type, attachments: [...type.attachments, ...type.attachments] },
        [{ path: 'attachments.1.key', code: 'duplicate_key' }],
      ],
      [
        { ...type, attachments: [{ key: 'plan', label: { fr: 'Plan' }, accept: [], maxSizeMb: 0 }] },
        [
          { path: 'attachments.0.accept', code: 'too_small' },
          { path: 'attachments.0.maxSizeMb', code: 'too_small' },
        ],
      ],
    ];
    for (const [body, errors] of cases) {
      const res = await kit.admin(`${HERSTAL_EVENT_TYPES}/market`, admin, { method: 'PUT', body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      const answer = await problem(res);
      expect(answer.code).toBe('invalid_event_configuration');
      expect(answer.errors?.map(({ path, code }) => ({ path, code }))).toEqual(errors);
    }
    const created = await kit.admin(HERSTAL_EVENT_TYPES, admin, {
      method: 'POST',
      body: { ...fleaMarket(), key: 'Flea Market' },
    });
    expect(created.status).toBe(422);
    expect((await problem(created)).errors?.map((e) => e.path)).toEqual(['key']);
    const places = await kit.admin(`${HERSTAL_EVENT_CONFIGURATION}/places`, admin, {
      method: 'PUT',
      body: {
        places: (await configuration()).places.map((place) => ({ ...place, key: 'place-licourt' })),
      },
    });
    expect(places.status).toBe(422);
    expect((await problem(places)).errors?.[0]).toMatchObject({
      path: 'places.1.key',
      code: 'duplicate_key',
    });
    const equipment = await kit.admin(`${HERSTAL_EVENT_CONFIGURATION}/equipment`, admin, {
      method: 'PUT',
      body: { equipment: [{ key: 'tables', name: { fr: 'Tables' }, stock: -1 }] },
    });
    expect(equipment.status).toBe(422);
    expect((await problem(equipment)).errors?.[0]).toMatchObject({
      path: 'equipment.0.stock',
      code: 'too_small',
    });
    expect(await editorWrites(owner)).toEqual(before);
  });

  it('refuses malformed bodies with 400, an unknown type with 404 and a key already used with 409', async () => {
    const before = await editorWrites(owner);
    const unknownField = await kit.admin(`${HERSTAL_EVENT_TYPES}/market`, admin, {
      method: 'PUT',
      body: { ...withoutKey(fleaMarket()), colour: 'red' },
    });
    expect(unknownField.status).toBe(400);
    const withKey = await kit.admin(`${HERSTAL_EVENT_TYPES}/market`, admin, {
      method: 'PUT',
      body: fleaMarket(),
    });
    expect(withKey.status).toBe(400);
    const missing = await kit.admin(`${HERSTAL_EVENT_TYPES}/nowhere`, admin, {
      method: 'PUT',
      body: withoutKey(fleaMarket()),
    });
    expect(missing.status).toBe(404);
    expect((await problem(missing)).code).toBe('event_type_not_found');
    expect((await kit.admin(`${HERSTAL_EVENT_TYPES}/nowhere`, admin, { method: 'DELETE' })).status).toBe(404);
    const taken = await kit.admin(HERSTAL_EVENT_TYPES, admin, {
      method: 'POST',
      body: { ...fleaMarket(), key: 'concert' },
    });
    expect(taken.status).toBe(409);
    expect((await problem(taken)).code).toBe('event_type_exists');
    expect(await editorWrites(owner)).toEqual(before);
  });

  it('keeps a type, place or equipment that open requests still need (409), writing nothing', async () => {
    await seedEventRequest(owner, {
      tenant: 'herstal',
      type: 'film-shoot',
      title: 'Tournage en cours d’examen',
      status: 'under-review',
      startsAt: daysFromNow(40),
      endsAt: daysFromNow(40, 18),
      place: 'place-de-milmort',
    });
    await seedEventRequest(owner, {
      tenant: 'herstal',
      type: 'concert',
      title: 'Concert approuvé à venir',
      status: 'approved',
      startsAt: daysFromNow(50),
      endsAt: daysFromNow(50, 23),
      equipment: { podium: 1 },
    });
    await seedEventRequest(owner, {
      tenant: 'herstal',
      type: 'funfair',
      title: 'Brouillon de kermesse',
      status: 'draft',
      startsAt: daysFromNow(90),
      endsAt: daysFromNow(92),
    });
    const before = await editorWrites(owner);
    for (const type of ['film-shoot', 'concert', 'funfair']) {
      const res = await kit.admin(`${HERSTAL_EVENT_TYPES}/${type}`, admin, { method: 'DELETE' });
      expect(res.status, type).toBe(409);
      expect((await problem(res)).code).toBe('event_type_in_use');
    }
    const config = await configuration();
    const places = await kit.admin(`${HERSTAL_EVENT_CONFIGURATION}/places`, admin, {
      method: 'PUT',
      body: { places: config.places.filter((place) => place.key !== 'place-de-milmort') },
    });
    expect(places.status).toBe(409);
    expect(await problem(places)).toMatchObject({
      code: 'event_place_in_use',
      errors: [
        {
          path: 'places',
          code: 'event_place_in_use',
          message: 'place-de-milmort is still needed by open requests',
        },
      ],
    });
    const equipment = await kit.admin(`${HERSTAL_EVENT_CONFIGURATION}/equipment`, admin, {
      method: 'PUT',
      body: { equipment: config.equipment.filter((item) => item.key !== 'podium') },
    });
    expect(equipment.status).toBe(409);
    expect((await problem(equipment)).code).toBe('event_equipment_in_use');
    expect(await editorWrites(owner)).toEqual(before);
  });

  it('keeps a stock at least what open requests borrow at once (409), writing nothing', async () => {
    await seedEventRequest(owner, {
      tenant: 'herstal',
      type: 'market',
      title: 'Marché approuvé',
      status: 'approved',
      startsAt: daysFromNow(60, 8),
      endsAt: daysFromNow(60, 18),
      equipment: { tables: 6 },
    });
    await seedEventRequest(owner, {
      tenant: 'herstal',
      type: 'market',
      title: 'Brocante à l’examen le même jour',
      status: 'under-review',
      startsAt: daysFromNow(60, 12),
      endsAt: daysFromNow(60, 20),
      equipment: { tables: 4 },
    });
    const before = await editorWrites(owner);
    const config = await configuration();
    const index = config.equipment.findIndex((item) => item.key === 'tables');
    const withTables = (stock: number) => ({
      equipment: config.equipment.map((item) => (item.key === 'tables' ? { ...item, stock } : item)),
    });
    const lowered = await kit.admin(`${HERSTAL_EVENT_CONFIGURATION}/equipment`, admin, {
      method: 'PUT',
      body: withTables(9),
    });
    expect(lowered.status).toBe(409);
    expect(await problem(lowered)).toMatchObject({
      code: 'event_equipment_stock_in_use',
      errors: [{ path: `equipment.${index}.stock`, code: 'event_equipment_stock_in_use' }],
    });
    expect(await editorWrites(owner)).toEqual(before);
    const enough = await kit.admin(`${HERSTAL_EVENT_CONFIGURATION}/equipment`, admin, {
      method: 'PUT',
      body: withTables(10),
    });
    expect(enough.status).toBe(200);
  });

  it('answers 409 event_types_managed_as_code in a source: code commune, writing nothing', async () => {
    const before = await editorWrites(owner);
    const liege = '/v1/admin/tenants/liege/event-configuration';
    const routes = [
      [liege, {}],
      [`${liege}/types`, { method: 'POST', body: fleaMarket() }],
      [`${liege}/types/market`, { method: 'PUT', body: withoutKey(fleaMarket()) }],
      [`${liege}/types/market`, { method: 'DELETE' }],
      [`${liege}/places`, { method: 'PUT', body: { places: [] } }],
      [`${liege}/equipment`, { method: 'PUT', body: { equipment: [] } }],
    ] as const;
    for (const [path, init] of routes) {
      const res = await kit.admin(path, liegeAdmin, init);
      expect(res.status, path).toBe(409);
      expect((await problem(res)).code).toBe('event_types_managed_as_code');
    }
    expect(await editorWrites(owner)).toEqual(before);
  });
});
