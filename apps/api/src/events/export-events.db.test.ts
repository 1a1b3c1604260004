import path from 'node:path';
import { withTenant } from '@communa/db';
import { EVENT_TYPES_FILE, loadTenants, parseEventTypesYaml, toEventTypesYaml } from '@communa/tenant-config';
import { describe, expect, it } from 'vitest';
import { exportTenantFiles } from '../tenants/export-tenant-files.ts';
import { tenantsApplyFixture } from '../tenants/testing/tenants-apply-fixture.ts';
import { syncEvents } from './apply-events.ts';
import { readEventTypesConfig } from './export-events.ts';

const SLUGS = ['liege', 'charleroi', 'herstal'];

describe('tenants:export writes event-types.yaml back', () => {
  const fixture = tenantsApplyFixture('communa-export-events-');
  const { apply } = fixture;
  /** Every configured event row of a commune with what tells a write: hash, activity and update time. */
  const snapshot = async (slug: string) =>
    Object.fromEntries(
      await Promise.all(
        ['event_types', 'event_places', 'event_equipment', 'event_services'].map(
          async (table) =>
            [
              table,
              await fixture.owner.sql`
                select e.id, e.key, e.position, e.active, e.config_hash, e.updated_at
                from ${fixture.owner.sql(table)} e join tenants t on t.id = e.tenant_id
                where t.slug = ${slug} order by e.id`,
            ] as const,
        ),
      ),
    );
  const tenantOf = async (slug: string) => {
    const [row] = await fixture.owner.sql<{ id: string }[]>`select id from tenants where slug = ${slug}`;
    if (!row) throw new Error(`no commune ${slug}`);
    return row.id;
  };

  it('reads each commune’s event configuration back as it was applied', async () => {
    await apply();
    const { tenants } = await loadTenants(fixture.dir);
    for (const tenant of tenants)
      expect(await readEventTypesConfig(fixture.owner.db, tenant.slug), tenant.slug).toStrictEqual(
        tenant.eventTypes,
      );
    expect(await readEventTypesConfig(fixture.owner.db, 'nowhere')).toBeUndefined();
  });

  it('gives an event-types.yaml whose apply changes no row, in every commune', async () => {
    await apply();
    const { tenants } = await loadTenants(fixture.dir);
    for (const slug of SLUGS) {
      const tenant = tenants.find((t) => t.slug === slug);
      const exported = await readEventTypesConfig(fixture.owner.db, slug);
      if (!tenant || !exported) throw new Error(`${slug} has no event types`);
      const reloaded = parseEventTypesYaml(toEventTypesYaml(exported, slug), {
        file: EVENT_TYPES_FILE,
        languages: tenant.config.languages,
        formKeys: new Set(tenant.forms.map((form) => form.key)),
      });
      expect(reloaded.issues, slug).toEqual([]);
      const before = await snapshot(slug);
      const tenantId = await tenantOf(slug);
      await withTenant(fixture.owner.db, tenantId, (tx) => syncEvents(tx, tenantId, reloaded.eventTypes));
      expect(await snapshot(slug), slug).toEqual(before);
    }
  });

  it('carries a change made in the database through export and import, leaving removed rows out', async () => {
    await apply();
    const herstal = await tenantOf('herstal');
    await fixture.owner.sql`
      update event_equipment set stock = 7 where tenant_id = ${herstal} and key = 'podium'`;
    await fixture.owner.sql`
      update event_places set active = false where tenant_id = ${herstal} and key = 'place-de-milmort'`;
    const files = await exportTenantFiles(fixture.owner.db, 'herstal');
    const text = files?.find((f) => f.file === EVENT_TYPES_FILE)?.text ?? '';
    expect(text).toContain(
      '  - key: podium\n    name: {fr: Podium mobile, nl: Mobiel podium}\n    stock: 7\n',
    );
    expect(text).not.toContain('place-de-milmort');
    // A commune created from the exported files holds the same equipment and places.
    await fixture.edit(path.join('herstal', EVENT_TYPES_FILE), () => text);
    await fixture.owner.sql`truncate tenants cascade`;
    await apply();
    const rows = await fixture.owner.sql<{ key: string; stock: number }[]>`
      select e.key, e.stock from event_equipment e join tenants t on t.id = e.tenant_id
      where t.slug = 'herstal' and e.key = 'podium'`;
    expect(rows).toEqual([{ key: 'podium', stock: 7 }]);
    const places = await fixture.owner.sql<{ key: string }[]>`
      select p.key from event_places p join tenants t on t.id = p.tenant_id
      where t.slug = 'herstal' order by p.position`;
    expect(places.map((p) => p.key)).toEqual(['place-licourt', 'place-jean-jaures', 'hall-omnisports']);
  });

  it('leaves a code commune’s hand-written event-types.yaml alone', async () => {
    await apply();
    const files = await exportTenantFiles(fixture.owner.db, 'charleroi');
    expect(files?.map((f) => f.file)).not.toContain(EVENT_TYPES_FILE);
  });
});
