import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { tenantsApplyFixture } from '../tenants/testing/tenants-apply-fixture.ts';

describe('tenants:apply writes event-types.yaml', () => {
  const fixture = tenantsApplyFixture('communa-events-');
  const { apply } = fixture;
  const edit = (slug: string, change: (text: string) => string) =>
    fixture.edit(path.join(slug, 'event-types.yaml'), change);
  /** Every configured event row of a commune, as it stands. */
  const snapshot = async (slug: string) => {
    const rows = async (table: string) =>
      fixture.owner.sql`
        select x.id, x.key, x.active, x.updated_at from ${fixture.owner.sql(table)} x
        join tenants t on t.id = x.tenant_id where t.slug = ${slug} order by x.key`;
    return {
      types: await rows('event_types'),
      places: await rows('event_places'),
      equipment: await rows('event_equipment'),
      services: await rows('event_services'),
    };
  };

  it('writes every commune’s types, places, equipment and services, then nothing on a second apply', async () => {
    await apply();
    const first = await Promise.all(['liege', 'charleroi', 'herstal'].map(snapshot));
    expect(first.map((s) => [s.types.length, s.equipment.length, s.services.length])).toEqual([
      [7, 6, 5],
      [7, 6, 5],
      [7, 6, 5],
    ]);
    const [type] = await fixture.owner.sql`
      select t.form_key, t.lead_time_days, t.opinions, t.public_calendar, t.attachments
      from event_types t join tenants c on c.id = t.tenant_id
      where c.slug = 'liege' and t.key = 'concert'`;
    expect(type).toMatchObject({
      form_key: 'event-gathering',
      lead_time_days: 60,
      opinions: ['police', 'fire-service', 'environment', 'culture'],
      public_calendar: true,
    });
    expect(type?.attachments).toHaveLength(3);
    expect((await apply()).map((r) => r.action)).toEqual(['unchanged', 'kept-admin', 'unchanged']);
    expect(await Promise.all(['liege', 'charleroi', 'herstal'].map(snapshot))).toEqual(first);
  });

  it('updates a changed stock in place and deactivates a removed place, then brings it back', async () => {
    await apply();
    const before = await snapshot('liege');
    const original = await readFile(path.join(fixture.dir, 'liege', 'event-types.yaml'), 'utf8');
    await edit('liege', (y) =>
      y.replace('stock: 400', 'stock: 350').replace(/ {2}- key: place-cockerill\n(?: {4}.*\n)+/, ''),
    );
    await apply();
    const after = await snapshot('liege');
    const cockerill = after.places.find((p) => p.key === 'place-cockerill');
    expect(cockerill).toMatchObject({
      id: before.places.find((p) => p.key === 'place-cockerill')?.id,
      active: false,
    });
    const [barriers] = await fixture.owner.sql`
      select e.id, e.stock from event_equipment e join tenants t on t.id = e.tenant_id
      where t.slug = 'liege' and e.key = 'nadar-barriers'`;
    expect(barriers).toMatchObject({
      id: before.equipment.find((e) => e.key === 'nadar-barriers')?.id,
      stock: 350,
    });
    await writeFile(path.join(fixture.dir, 'liege', 'event-types.yaml'), original);
    await apply();
    expect((await snapshot('liege')).places.find((p) => p.key === 'place-cockerill')?.active).toBe(true);
  });

  it('deactivates everything of a commune whose event-types.yaml is gone, deleting nothing', async () => {
    await apply();
    await rm(path.join(fixture.dir, 'charleroi', 'event-types.yaml'));
    await apply();
    const after = await snapshot('charleroi');
    expect(after.types).toHaveLength(7);
    expect(
      [...after.types, ...after.places, ...after.equipment, ...after.services].every((r) => !r.active),
    ).toBe(true);
  });

  it('imports an admin commune’s event types once, then leaves them to the back-office', async () => {
    await apply();
    const before = await snapshot('herstal');
    await edit('herstal', (y) => y.replace('stock: 150', 'stock: 9'));
    expect((await apply()).find((r) => r.slug === 'herstal')?.action).toBe('kept-admin');
    expect(await snapshot('herstal')).toEqual(before);
  });

  it('binds the application role: no configured row without its commune, and no delete', async () => {
    await apply();
    const app = postgres(fixture.database.appUrl, { max: 1, onnotice: () => {} });
    try {
      expect(await app`select id from event_types`).toHaveLength(0);
      expect(await app`select id from event_requests`).toHaveLength(0);
      await expect(app`delete from event_places`).rejects.toThrow(/permission denied/);
      await expect(app`delete from event_requests`).rejects.toThrow(/permission denied/);
    } finally {
      await app.end();
    }
  });
});
