import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTenants } from './load-tenants.ts';

const DEMO_TENANTS = fileURLToPath(new URL('../../../../tenants', import.meta.url));

describe('demo communes’ event types', async () => {
  const { tenants, issues } = await loadTenants(DEMO_TENANTS);
  const bySlug = new Map(tenants.map((tenant) => [tenant.slug, tenant]));

  it('load without an issue in event-types.yaml', () => {
    expect(issues.filter((issue) => issue.file.endsWith('event-types.yaml'))).toEqual([]);
  });

  it.each(['liege', 'charleroi', 'herstal'])(
    '%s offers the seven kinds of events, places and equipment',
    (slug) => {
      const tenant = bySlug.get(slug);
      const events = tenant?.eventTypes;
      expect(events?.types.map((type) => type.key)).toEqual([
        'neighbourhood-party',
        'sports-event',
        'market',
        'concert',
        'funfair',
        'demonstration',
        'film-shoot',
      ]);
      expect(events?.equipment.map((item) => item.key)).toEqual([
        'nadar-barriers',
        'tables',
        'benches',
        'podium',
        'electricity-box',
        'waste-containers',
      ]);
      expect(events?.places.length).toBeGreaterThanOrEqual(4);
      const forms = new Set(tenant?.forms.map((form) => form.key));
      for (const type of events?.types ?? []) expect(forms.has(type.form), type.form).toBe(true);
      for (const type of events?.types ?? [])
        expect(Object.keys(type.name).sort()).toEqual([...(tenant?.config.languages.offered ?? [])].sort());
    },
  );

  it('books real places of each town', () => {
    expect(bySlug.get('liege')?.eventTypes?.places.map((place) => place.name)).toContain(
      'Place Saint-Lambert',
    );
    expect(bySlug.get('charleroi')?.eventTypes?.places.map((place) => place.name)).toContain(
      'Place Charles II',
    );
    expect(bySlug.get('herstal')?.eventTypes?.places.map((place) => place.name)).toContain('Place Licourt');
  });
});
