import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTenants } from '../load/load-tenants.ts';

const DEMO_TENANTS = fileURLToPath(new URL('../../../../tenants', import.meta.url));

describe('demo forms', async () => {
  const { tenants, issues } = await loadTenants(DEMO_TENANTS);
  const forms = tenants.flatMap((tenant) => tenant.forms.map((form) => ({ slug: tenant.slug, ...form })));

  it('load with no error and no warning, at least six procedures across the three communes', () => {
    expect(issues).toEqual([]);
    expect(forms.map((form) => `${form.slug}/${form.key}`)).toEqual(
      expect.arrayContaining([
        'charleroi/bourse-projet-jeunes',
        'charleroi/collecte-encombrants',
        'charleroi/signalement-fraude',
        'herstal/attestation-domicile',
        'liege/attestation-domicile',
        'liege/occupation-voirie-demenagement',
        'liege/signalement-espace-public',
      ]),
    );
  });

  it('speak every language their commune offers', () => {
    for (const tenant of tenants)
      for (const form of tenant.forms)
        expect(Object.keys(form.definition.title).sort()).toEqual(
          [...tenant.config.languages.offered].sort(),
        );
  });

  it('use conditions, a repeated group, computed values, files, consent and an anonymous access', () => {
    const json = JSON.stringify(forms.map((form) => form.definition));
    for (const used of [
      '"showIf"',
      '"type":"group"',
      '"type":"file"',
      '"type":"consent"',
      '"type":"address"',
    ])
      expect(json).toContain(used);
    expect(forms.filter((form) => form.definition.computed.length > 0).length).toBeGreaterThanOrEqual(3);
    expect(forms.find((form) => form.key === 'signalement-fraude')?.access).toBe('anonymous');
    expect(
      forms
        .find((form) => form.key === 'signalement-espace-public')
        ?.workflow.statuses.some((s) => !s.visibleToCitizen),
    ).toBe(true);
  });
});
