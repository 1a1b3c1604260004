import { boolean, integer, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { id, tenantId, timestamps } from '../columns.ts';
import { tenantOwnedTable } from '../tenant-owned.ts';

/**
 * A commune's online form (e-guichet procedure) and the version citizens fill in now. Written by
 * tenants:apply; a form removed from the configuration is deactivated, never deleted, since
 * submissions keep pointing at its versions.
 */
export const forms = pgTable(
  'forms',
  {
    tenantId: tenantId(),
    id: id(),
    key: text('key').notNull(),
    currentVersion: integer('current_version').notNull(),
    active: boolean('active').notNull().default(true),
    ...timestamps(),
  },
  (t) => [...tenantOwnedTable(t), unique('forms_key').on(t.tenantId, t.key)],
).enableRLS();
