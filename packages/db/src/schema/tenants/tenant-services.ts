import { boolean, integer, jsonb, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { id, tenantId, timestamps } from '../columns.ts';
import { tenantOwnedTable } from '../tenant-owned.ts';

/** The online services a commune lists in its directory (`<communa-services>`). */
export const tenantServices = pgTable(
  'tenant_services',
  {
    tenantId: tenantId(),
    id: id(),
    key: text('key').notNull(),
    kind: text('kind', { enum: ['stages', 'events', 'forms', 'link'] }).notNull(),
    enabled: boolean('enabled').notNull().default(true),
    position: integer('position').notNull(),
    /** Localized title and description, keyed by language. */
    title: jsonb('title').$type<Record<string, string>>().notNull(),
    description: jsonb('description').$type<Record<string, string>>().notNull(),
    pageUrl: text('page_url').notNull(),
    ...timestamps(),
  },
  (t) => [...tenantOwnedTable(t), unique('tenant_services_key').on(t.tenantId, t.key)],
).enableRLS();
