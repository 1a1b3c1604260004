import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from './testing/index.ts';
import { createTestDatabase } from './testing/index.ts';

// SQL-level proof of isolation: the application role, with no tenant or another tenant set,
// neither reads nor writes a commune's rows.
describe('row-level security on tenant tables', () => {
  let database: TestDatabase;
  let owner: postgres.Sql;
  let app: postgres.Sql;
  let liege: string;
  let herstal: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    owner = postgres(database.ownerUrl, { max: 1, onnotice: () => {} });
    app = postgres(database.appUrl, { max: 1, onnotice: () => {} });
    const rows = await owner<{ id: string; slug: string }[]>`
      insert into tenants (slug, source, config, config_hash)
      values ('liege', 'code', '{}', ${'a'.repeat(64)}), ('herstal', 'admin', '{}', ${'b'.repeat(64)})
      returning id, slug`;
    liege = rows.find((r) => r.slug === 'liege')?.id ?? '';
    herstal = rows.find((r) => r.slug === 'herstal')?.id ?? '';
    for (const tenant of [liege, herstal]) {
      await owner.begin(async (tx) => {
        await tx`select set_config('app.tenant_id', ${tenant}, true)`;
        await tx`insert into tenant_services (tenant_id, key, kind, position, title, description, page_url)
                 values (${tenant}, 'stages', 'stages', 0, '{"fr":"Stages"}', '{"fr":"…"}', 'https://example.be')`;
      });
    }
  });

  afterAll(async () => {
    await owner.end();
    await app.end();
    await database.drop();
  });

  it('connects as a role that owns nothing and cannot bypass RLS', async () => {
    const [role] = await app<{ rolname: string; rolbypassrls: boolean; rolsuper: boolean }[]>`
      select rolname, rolbypassrls, rolsuper from pg_roles where rolname = current_user`;
    expect(role).toEqual({ rolname: 'communa_app', rolbypassrls: false, rolsuper: false });
    const owned =
      await app`select tablename from pg_tables where schemaname = 'public' and tableowner = current_user`;
    expect(owned).toHaveLength(0);
  });

  it('forces RLS on every table that has a tenant_id column', async () => {
    const tables = await owner<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }[]>`
      select c.relname, c.relrowsecurity, c.relforcerowsecurity
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
        and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id')`;
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      expect(table, table.relname).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true });
    }
  });

  it('reads nothing without a tenant set', async () => {
    expect(await app`select * from tenant_services`).toHaveLength(0);
  });

  it('reads only the rows of the tenant set for the transaction', async () => {
    const rows = await app.begin(async (tx) => {
      await tx`select set_config('app.tenant_id', ${liege}, true)`;
      return tx<{ tenant_id: string }[]>`select tenant_id from tenant_services`;
    });
    expect(rows.map((r) => r.tenant_id)).toEqual([liege]);
    // The setting ended with the transaction: the pooled connection carries nothing over.
    expect(await app`select * from tenant_services`).toHaveLength(0);
  });

  it('refuses to write a row for another tenant', async () => {
    const attempt = app.begin(async (tx) => {
      await tx`select set_config('app.tenant_id', ${liege}, true)`;
      await tx`insert into tenant_services (tenant_id, key, kind, position, title, description, page_url)
               values (${herstal}, 'forged', 'link', 1, '{}', '{}', 'https://example.be')`;
    });
    await expect(attempt).rejects.toThrow(/row-level security/);
    const moved = app.begin(async (tx) => {
      await tx`select set_config('app.tenant_id', ${liege}, true)`;
      return tx`update tenant_services set tenant_id = ${herstal} returning id`;
    });
    await expect(moved).rejects.toThrow(/row-level security/);
  });

  it('cannot change the registry of communes', async () => {
    await expect(app`update tenants set active = false`).rejects.toThrow(/permission denied/);
  });
});
