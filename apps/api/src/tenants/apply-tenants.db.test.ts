import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DbHandle } from '@communa/db';
import { createDb } from '@communa/db';
import type { TestDatabase } from '@communa/db/testing';
import { createTestDatabase } from '@communa/db/testing';
import { loadTenants } from '@communa/tenant-config';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseEnv } from '../env.ts';
import { applyTenants } from './apply-tenants.ts';
import { readTenantConfig } from './export-tenant.ts';
import { TenantDirectory } from './tenant-directory.ts';

describe('applyTenants', () => {
  let database: TestDatabase;
  let owner: DbHandle;
  let dir: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    owner = createDb(database.ownerUrl, { max: 2 });
  });
  afterAll(async () => {
    await owner.close();
    await database.drop();
  });
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'communa-tenants-'));
    await cp(parseEnv({}).TENANTS_DIR, dir, { recursive: true });
    // cascade: every tenant-owned table (households, children…) references tenants.
    await owner.sql`truncate tenants cascade`;
  });

  const apply = async () => {
    const { tenants, issues } = await loadTenants(dir);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    return applyTenants(owner.db, tenants, { presentSlugs: tenants.map((t) => t.slug) });
  };
  const editYaml = async (slug: string, edit: (text: string) => string) => {
    const file = path.join(dir, slug, 'tenant.yaml');
    await writeFile(file, edit(await readFile(file, 'utf8')));
  };
  const servicesOf = async (slug: string) =>
    owner.sql<{ key: string; enabled: boolean }[]>`
      select s.key, s.enabled from tenant_services s join tenants t on t.id = s.tenant_id
      where t.slug = ${slug} order by s.position`;

  it('creates every commune, then changes nothing on a second apply', async () => {
    expect((await apply()).map((r) => r.action)).toEqual(['created', 'created', 'created']);
    const before = await owner.sql`select id, updated_at from tenants order by slug`;
    expect((await apply()).map((r) => r.action)).toEqual(['unchanged', 'kept-admin', 'unchanged']);
    expect(await owner.sql`select id, updated_at from tenants order by slug`).toEqual(before);
  });

  it('follows a code commune’s YAML and leaves an admin commune to its back-office', async () => {
    await apply();
    await editYaml('liege', (y) => y.replace('fr: Ville de Liège', 'fr: Cité ardente'));
    await editYaml('herstal', (y) => y.replace(/sandbox: false/, 'sandbox: true'));
    const reports = await apply();
    expect(reports).toContainEqual({ slug: 'liege', action: 'updated' });
    expect(reports).toContainEqual({ slug: 'herstal', action: 'kept-admin' });
    const [liege] = await owner.sql<
      { config: { names: { fr: string } } }[]
    >`select config from tenants where slug = 'liege'`;
    expect(liege?.config.names.fr).toBe('Cité ardente');
  });

  it('disables a removed service instead of deleting it', async () => {
    await apply();
    const before = await servicesOf('charleroi');
    const removed = before.at(-1)?.key ?? '';
    await editYaml('charleroi', (y) => {
      const start = y.lastIndexOf(`  - key: ${removed}`);
      expect(start).toBeGreaterThan(0);
      return y.slice(0, start);
    });
    await apply();
    const after = await servicesOf('charleroi');
    expect(after).toHaveLength(before.length);
    expect(after.find((s) => s.key === removed)?.enabled).toBe(false);
    // Only that commune's service: the others keep theirs.
    expect((await servicesOf('liege')).every((s) => s.enabled)).toBe(true);
  });

  it('deactivates a code commune whose folder is gone, keeping its rows', async () => {
    await apply();
    await rm(path.join(dir, 'charleroi'), { recursive: true });
    expect(await apply()).toContainEqual({ slug: 'charleroi', action: 'deactivated' });
    const [row] = await owner.sql<{ active: boolean }[]>`select active from tenants where slug = 'charleroi'`;
    expect(row?.active).toBe(false);
    expect((await servicesOf('charleroi')).length).toBeGreaterThan(0);
  });

  it('tells running API processes to drop their cached copy', async () => {
    await apply();
    const app = createDb(database.appUrl, { max: 2 });
    try {
      const directory = new TenantDirectory(app.db, { ttlMs: 60_000, healthSheetRetentionDays: 30 });
      const unlisten = await directory.listen(app.sql);
      expect((await directory.resolve('liege'))?.publicConfig.name.fr).toBe('Ville de Liège');
      await editYaml('liege', (y) => y.replace('fr: Ville de Liège', 'fr: Liège, cité ardente'));
      await apply();
      await expect
        .poll(async () => (await directory.resolve('liege'))?.publicConfig.name.fr, { timeout: 5000 })
        .toBe('Liège, cité ardente');
      await unlisten();
    } finally {
      await app.close();
    }
  });

  it('exports each commune as the configuration that was applied', async () => {
    await apply();
    const { tenants } = await loadTenants(dir);
    for (const tenant of tenants)
      expect(await readTenantConfig(owner.db, tenant.slug)).toEqual(tenant.config);
    expect(await readTenantConfig(owner.db, 'nowhere')).toBeUndefined();
  });
});
