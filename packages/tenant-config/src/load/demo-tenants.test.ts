import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contrastRatio, MIN_CONTRAST } from '../schema/contrast.ts';
import { loadTenants } from './load-tenants.ts';

const DEMO_TENANTS = fileURLToPath(new URL('../../../../tenants', import.meta.url));

describe('demo communes', async () => {
  const { tenants, issues } = await loadTenants(DEMO_TENANTS);
  const bySlug = new Map(tenants.map((tenant) => [tenant.slug, tenant.config]));

  it('load with no error and no warning', () => {
    expect(issues).toEqual([]);
    expect([...bySlug.keys()]).toEqual(['charleroi', 'herstal', 'liege']);
  });

  it('declare their sources of truth and languages', () => {
    expect(bySlug.get('liege')).toMatchObject({
      source: 'code',
      languages: { offered: ['fr', 'nl', 'de', 'en'], default: 'fr' },
    });
    expect(bySlug.get('charleroi')).toMatchObject({
      source: 'code',
      languages: { offered: ['fr', 'nl', 'en'] },
    });
    expect(bySlug.get('herstal')).toMatchObject({
      source: 'admin',
      sandbox: false,
      languages: { offered: ['fr', 'nl'] },
    });
  });

  it('carry their real postal codes', () => {
    expect(bySlug.get('liege')?.postalCodes).toEqual(['4000', '4020', '4030', '4031', '4032']);
    expect(bySlug.get('charleroi')?.postalCodes).toHaveLength(14);
    expect(bySlug.get('herstal')?.postalCodes).toEqual(['4040', '4041', '4042']);
  });

  it('offer stages, events and forms, and Liège a link', () => {
    expect(bySlug.get('liege')?.services.map((service) => service.kind)).toEqual([
      'stages',
      'events',
      'forms',
      'link',
    ]);
    expect(bySlug.get('charleroi')?.services.map((service) => service.kind)).toEqual([
      'stages',
      'events',
      'forms',
    ]);
  });

  it('have three different themes, each readable', () => {
    const primaries = new Set(tenants.map((tenant) => tenant.config.theme.colorPrimary));
    expect(primaries.size).toBe(3);
    for (const { theme } of bySlug.values()) {
      expect(contrastRatio(theme.colorOnPrimary, theme.colorPrimary)).toBeGreaterThanOrEqual(MIN_CONTRAST);
      expect(contrastRatio(theme.colorText, theme.colorSurface)).toBeGreaterThanOrEqual(MIN_CONTRAST);
      expect(contrastRatio(theme.colorAccent, theme.colorSurface)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    }
  });

  it('carry a summer programme of dozens of sessions, July and August 2027, in every offered language', () => {
    const sessions = tenants.flatMap(
      (tenant) => tenant.stages?.stages.flatMap((stage) => stage.sessions) ?? [],
    );
    expect(sessions.length).toBeGreaterThanOrEqual(60);
    for (const session of sessions) {
      expect((session.days[0] ?? '') >= '2027-07-01' && (session.days.at(-1) ?? '') <= '2027-08-31').toBe(
        true,
      );
      expect(session.days).not.toContain('2027-07-21');
    }
    for (const tenant of tenants) {
      const stages = tenant.stages?.stages ?? [];
      expect(new Set(stages.map((stage) => stage.category)).size).toBeGreaterThanOrEqual(4);
      expect(new Set(stages.map((stage) => stage.place)).size).toBeGreaterThanOrEqual(3);
      for (const stage of stages)
        expect(Object.keys(stage.title).sort()).toEqual([...tenant.config.languages.offered].sort());
    }
  });
});
