import { boolean, char, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../columns.ts';

/**
 * The registry of communes. Not tenant-owned: it is how a request's `{tenant}` slug becomes a
 * tenant id, before any tenant context exists. The application role may only read it.
 */
export const tenants = pgTable(
  'tenants',
  {
    id: id().primaryKey(),
    slug: text('slug').notNull(),
    /** `code`: the YAML in tenants/ is the truth. `admin`: imported once, then the back-office is. */
    source: text('source', { enum: ['code', 'admin'] }).notNull(),
    active: boolean('active').notNull().default(true),
    /** The validated tenant.yaml (services excepted: they live in tenant_services). */
    config: jsonb('config').notNull(),
    /** sha256 of the canonical configuration last applied, so an unchanged apply writes nothing. */
    configHash: char('config_hash', { length: 64 }).notNull(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('tenants_slug_key').on(t.slug)],
);
