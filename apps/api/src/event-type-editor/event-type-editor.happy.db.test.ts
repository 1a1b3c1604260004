import { EVENT_TYPES_FILE } from '@communa/tenant-config';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysFromNow, seedEventRequest } from '../events/testing/event-fixtures.ts';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { exportTenantFiles } from '../tenants/export-tenant-files.ts';
import {
  editableEventConfigurationSchema,
  savedEventConfigurationSchema,
} from './event-type-editor-schemas.ts';
import {
  editorWrites,
  fleaMarket,
  HERSTAL_EVENT_CONFIGURATION,
  HERSTAL_EVENT_TYPES,
  withoutKey,
} from './testing/event-type-editor-fixtures.ts';

describe('the event type editor in the back-office', () => {
  let kit: StaffTestKit;
  let owner: postgres.Sql;
  let admin: StaffSession;

  const configuration = async () => {
    const res = await kit.admin(HERSTAL_EVENT_CONFIGURATION, admin);
    expect(res.status).toBe(200);
    return editableEventConfigurationSchema.parse(await res.json());
  };
  const saved = async (res: Response, status = 200) => {
    expect(res.status).toBe(status);
    return savedEventConfigurationSchema.parse(await res.json());
  };
  const published = async (path: string) => {
    const res = await kit.platform.app.request(`/v1/tenants/herstal/${path}`);
    expect(res.status).toBe(200);
    return res.json();
  };
  const exportedYaml = async () =>
    (await exportTenantFiles(kit.owner.db, 'herstal'))?.find((f) => f.file === EVENT_TYPES_FILE)?.text ?? '';

  beforeAll(async () => {
    kit = await startStaffTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    admin = await kit.staff('admin.events@herstal.example.be', 'herstal', ['admin']);
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('gives the commune’s types, places and equipment as in event-types.yaml, with its forms and services', async () => {
    const config = await configuration();
    expect(config.languages).toEqual({ offered: ['fr', 'nl'], default: 'fr' });
    expect(config.types.map((type) => type.key)).toEqual([
      'neighbourhood-party',
      'sports-event',
      'market',
      'concert',
      'funfair',
      'demonstration',
      'film-shoot',
    ]);
    expect(config.types[0]).toMatchObject({
      form: 'event-gathering',
      leadTimeDays: 30,
      opinions: ['police', 'mobility'],
      publicCalendar: true,
    });
    expect(config.forms.map((form) => form.key)).toEqual(
      expect.arrayContaining(['event-gathering', 'event-film-shoot']),
    );
    expect(config.forms.find((form) => form.key === 'event-gathering')?.title.fr).toBeTruthy();
    expect(config.services.map((service) => service.key)).toEqual([
      'police',
      'fire-service',
      'mobility',
      'environment',
      'culture',
    ]);
    expect(config.places.map((place) => place.key)).toContain('place-licourt');
    expect(config.equipment.find((item) => item.key === 'podium')?.stock).toBe(1);
    expect(config.warnings).toEqual([]);
  });

  it('writes nothing when a type is sent back unchanged', async () => {
    const [party] = (await configuration()).types;
    if (!party) throw new Error('no type');
    const before = await editorWrites(owner);
    expect(
      await saved(
        await kit.admin(`${HERSTAL_EVENT_TYPES}/neighbourhood-party`, admin, {
          method: 'PUT',
          body: withoutKey(party),
        }),
      ),
    ).toEqual({ changed: false, warnings: [] });
    expect(await editorWrites(owner)).toEqual(before);
  });

  it('saves a changed type as apply would, audited; requesters and the export get it', async () => {
    const market = (await configuration()).types.find((type) => type.key === 'market');
    if (!market) throw new Error('no market');
    const before = await editorWrites(owner);
    const res = await kit.admin(`${HERSTAL_EVENT_TYPES}/market`, admin, {
      method: 'PUT',
      body: { ...withoutKey(market), leadTimeDays: 40, opinions: ['police', 'environment', 'culture'] },
    });
    expect(await saved(res)).toEqual({ changed: true, warnings: [] });
    expect((await editorWrites(owner))?.audits).toBe((before?.audits ?? 0) + 1);
    const [audit] = await owner`
      select action, target_type, target_id, actor_email from audit_events where action = 'events.type_saved'`;
    expect(audit).toEqual({
      action: 'events.type_saved',
      target_type: 'event_configuration',
      target_id: 'market',
      actor_email: 'admin.events@herstal.example.be',
    });
    const [row] = await owner`
      select lead_time_days, opinions from event_types
      where key = 'market' and tenant_id = (select id from tenants where slug = 'herstal')`;
    expect(row).toEqual({ lead_time_days: 40, opinions: ['police', 'environment', 'culture'] });
    const { types } = (await published('event-types')) as { types: { key: string; leadTimeDays: number }[] };
    expect(types.find((type) => type.key === 'market')?.leadTimeDays).toBe(40);
    expect(await exportedYaml()).toContain(
      'leadTimeDays: 40\n    publicCalendar: true\n    opinions: [police, environment, culture]',
    );
  });

  it('creates a type after the others, offered at once, and warns of a missing translation', async () => {
    const before = await editorWrites(owner);
    const res = await kit.admin(HERSTAL_EVENT_TYPES, admin, {
      method: 'POST',
      body: { ...fleaMarket(), description: { fr: fleaMarket().description.fr } },
    });
    expect(await saved(res, 201)).toEqual({
      changed: true,
      warnings: [
        { path: 'description.nl', code: 'missing_translation', message: 'no nl text: falls back to fr' },
      ],
    });
    expect((await editorWrites(owner))?.audits).toBe((before?.audits ?? 0) + 1);
    const { types } = (await published('event-types')) as { types: { key: string; name: { nl: string } }[] };
    expect(types.at(-1)).toMatchObject({ key: 'flea-market', name: { nl: 'Buurtrommelmarkt' } });
    expect(await exportedYaml()).toContain(
      '  - key: flea-market\n    name: {fr: Brocante de quartier, nl: Buurtrommelmarkt}',
    );
    const config = await configuration();
    expect(config.warnings).toEqual([
      {
        path: 'types.7.description.nl',
        code: 'missing_translation',
        message: 'no nl text: falls back to fr',
      },
    ]);
  });

  it('saves places and equipment in order: added, changed and removed when no open request needs them', async () => {
    const config = await configuration();
    const [licourt, ...others] = config.places;
    if (!licourt) throw new Error('no place');
    const parc = {
      key: 'parc-de-la-prehisto',
      name: 'Parc de la Préhisto',
      address: { street: 'Rue de la Préhisto', number: '1', postalCode: '4040', city: 'Herstal' },
      capacity: 600,
    };
    const places = [
      { ...licourt, capacity: 2500 },
      ...others.filter((p) => p.key !== 'place-de-milmort'),
      parc,
    ];
    expect(
      await saved(
        await kit.admin(`${HERSTAL_EVENT_CONFIGURATION}/places`, admin, { method: 'PUT', body: { places } }),
      ),
    ).toEqual({ changed: true, warnings: [] });
    const { places: offered } = (await published('event-places')) as {
      places: { key: string; capacity: number }[];
    };
    expect(offered.map((p) => p.key)).toEqual(places.map((p) => p.key));
    expect(offered[0]?.capacity).toBe(2500);

    const equipment = config.equipment
      .filter((item) => item.key !== 'waste-containers')
      .map((item) => (item.key === 'podium' ? { ...item, stock: 2 } : item));
    expect(
      await saved(
        await kit.admin(`${HERSTAL_EVENT_CONFIGURATION}/equipment`, admin, {
          method: 'PUT',
          body: { equipment },
        }),
      ),
    ).toEqual({ changed: true, warnings: [] });
    const { equipment: lent } = (await published('event-equipment')) as {
      equipment: { key: string; stock: number }[];
    };
    expect(lent.map((item) => item.key)).not.toContain('waste-containers');
    expect(lent.find((item) => item.key === 'podium')?.stock).toBe(2);
    const [removed] = await owner`
      select active from event_equipment
      where key = 'waste-containers' and tenant_id = (select id from tenants where slug = 'herstal')`;
    expect(removed).toEqual({ active: false });
    const actions = await owner`
      select action from audit_events where action in ('events.places_saved', 'events.equipment_saved')
      order by at`;
    expect(actions.map((a) => a.action)).toEqual(['events.places_saved', 'events.equipment_saved']);
  });

  it('removes a type whose requests are all decided, withdrawn or over; they keep it', async () => {
    const requestId = await seedEventRequest(owner, {
      tenant: 'herstal',
      type: 'demonstration',
      title: 'Rassemblement passé',
      status: 'approved',
      startsAt: daysFromNow(-10),
      endsAt: daysFromNow(-10, 18),
    });
    await seedEventRequest(owner, {
      tenant: 'herstal',
      type: 'demonstration',
      title: 'Rassemblement retiré',
      status: 'withdrawn',
      startsAt: daysFromNow(20),
      endsAt: daysFromNow(20, 18),
    });
    expect(
      await saved(await kit.admin(`${HERSTAL_EVENT_TYPES}/demonstration`, admin, { method: 'DELETE' })),
    ).toEqual({ changed: true, warnings: [] });
    const { types } = (await published('event-types')) as { types: { key: string }[] };
    expect(types.map((type) => type.key)).not.toContain('demonstration');
    const [kept] = await owner`
      select r.type_key, t.active from event_requests r
      join event_types t on t.tenant_id = r.tenant_id and t.key = r.type_key where r.id = ${requestId}`;
    expect(kept).toEqual({ type_key: 'demonstration', active: false });
    expect((await configuration()).types.map((type) => type.key)).not.toContain('demonstration');
  });
});
