import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempTree, writeTempTree } from '../testing/temp-tenants.ts';
import { validTenantYaml } from '../testing/valid-tenant-yaml.ts';
import { formatIssue } from './config-issue.ts';
import { loadTenants } from './load-tenants.ts';

describe('loadTenants', () => {
  let root = '';

  beforeAll(async () => {
    root = await writeTempTree({
      'testville/tenant.yaml': validTenantYaml('testville'),
      'autreville/tenant.yaml': validTenantYaml('autreville'),
      'cassee/tenant.yaml': validTenantYaml('cassee').replace('source: code', 'source: git'),
      '.git/tenant.yaml': 'not: a commune',
      'README.md': 'Communes live in folders.',
    });
  });

  afterAll(() => removeTempTree(root));

  const label = (slug: string) => relative(process.cwd(), join(root, slug, 'tenant.yaml'));

  it('loads every folder in name order and leaves out the ones with errors', async () => {
    const { tenants, issues, checked } = await loadTenants(root);
    expect(checked).toEqual(['autreville', 'cassee', 'testville']);
    expect(tenants.map((tenant) => tenant.slug)).toEqual(['autreville', 'testville']);
    expect(tenants[0]?.dir).toBe(join(root, 'autreville'));
    expect(issues.map(formatIssue)).toEqual([`${label('cassee')}:2:9 error source: must be code or admin`]);
  });

  it('loads only the communes asked for', async () => {
    const { tenants, issues, checked } = await loadTenants(root, ['testville']);
    expect(checked).toEqual(['testville']);
    expect(tenants.map((tenant) => tenant.slug)).toEqual(['testville']);
    expect(issues).toEqual([]);
  });

  it('reports a commune asked for that has no folder', async () => {
    const { tenants, issues } = await loadTenants(root, ['namur', 'testville']);
    expect(tenants.map((tenant) => tenant.slug)).toEqual(['testville']);
    expect(issues.map(formatIssue)).toEqual([
      `${relative(process.cwd(), join(root, 'namur'))}:1:1 error no commune folder named "namur"`,
    ]);
  });

  it('reports a missing tenants folder', async () => {
    const { tenants, issues } = await loadTenants(join(root, 'absent'));
    expect(tenants).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/^cannot read the tenants folder/);
  });
});
