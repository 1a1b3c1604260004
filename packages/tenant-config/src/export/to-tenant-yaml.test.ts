import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadTenants } from '../load/load-tenants.ts';
import { parseTenantYaml } from '../load/parse-tenant-yaml.ts';
import { tenantConfigSchema } from '../schema/tenant.ts';
import { validTenantInput } from '../testing/valid-tenant.ts';
import { toTenantYaml } from './to-tenant-yaml.ts';

const DEMO_TENANTS = fileURLToPath(new URL('../../../../tenants', import.meta.url));

describe('toTenantYaml', () => {
  it('round-trips the demo communes', async () => {
    const { tenants, issues } = await loadTenants(DEMO_TENANTS);
    expect(issues).toEqual([]);
    expect(tenants.map((tenant) => tenant.slug)).toEqual(['charleroi', 'herstal', 'liege']);
    for (const { slug, config } of tenants) {
      const reloaded = parseTenantYaml(toTenantYaml(config), { file: 'export.yaml', slug });
      expect(reloaded.issues).toEqual([]);
      expect(reloaded.config).toStrictEqual(config);
    }
  });

  it('is what an admin-sourced commune keeps on disk', async () => {
    const { tenants } = await loadTenants(DEMO_TENANTS, ['herstal']);
    const [herstal] = tenants;
    expect(herstal?.config.source).toBe('admin');
    if (herstal === undefined) return;
    expect(toTenantYaml(herstal.config)).toBe(await readFile(`${herstal.dir}/tenant.yaml`, 'utf8'));
  });

  it('writes keys in schema order whatever the order it is given', () => {
    const config = tenantConfigSchema.parse(validTenantInput());
    const shuffled = Object.fromEntries(Object.entries(config).reverse()) as typeof config;
    const text = toTenantYaml(shuffled);
    expect(text).toBe(toTenantYaml(config));
    expect(Object.keys(parse(text))).toEqual([
      'slug',
      'source',
      'active',
      'sandbox',
      'names',
      'languages',
      'timeZone',
      'theme',
      'embed',
      'contact',
      'privacy',
      'postalCodes',
      'bankAccount',
      'services',
    ]);
  });

  it('starts with a header comment naming the commune and its source of truth', () => {
    const text = toTenantYaml(tenantConfigSchema.parse(validTenantInput()));
    expect(text.split('\n').slice(0, 2)).toEqual([
      '# Commune de Testville — Communa configuration.',
      '# source: code — this file is the truth: it is applied on every start and is read-only in the back-office.',
    ]);
  });

  it('refuses an invalid configuration', () => {
    const config = tenantConfigSchema.parse(validTenantInput());
    expect(() => toTenantYaml({ ...config, postalCodes: [] })).toThrow();
  });
});
