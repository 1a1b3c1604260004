import { sql } from 'drizzle-orm';
import {
  char,
  check,
  foreignKey,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { id, tenantId } from '../columns.ts';
import { tenantOwnedTable } from '../tenant-owned.ts';
import { forms } from './forms.ts';

/**
 * Every version of a form, never changed once written: a changed definition is a new row with the
 * next version, so each draft and submission is read against the version it was filled with.
 */
export const formDefinitions = pgTable(
  'form_definitions',
  {
    tenantId: tenantId(),
    id: id(),
    formKey: text('form_key').notNull(),
    version: integer('version').notNull(),
    /** The engine's FormDefinition (packages/forms), its `version` being this row's. */
    definition: jsonb('definition').$type<Record<string, unknown>>().notNull(),
    /** The workflow (statuses, transitions, actions) of packages/tenant-config. */
    workflow: jsonb('workflow').$type<Record<string, unknown>>().notNull(),
    access: text('access', { enum: ['signed-in', 'anonymous', 'either'] }).notNull(),
    /** sha256 of the configuration this version came from: an unchanged file makes no new version. */
    contentHash: char('content_hash', { length: 64 }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    ...tenantOwnedTable(t),
    foreignKey({ columns: [t.tenantId, t.formKey], foreignColumns: [forms.tenantId, forms.key] }),
    unique('form_definitions_version').on(t.tenantId, t.formKey, t.version),
    check('form_definitions_version_positive', sql`${t.version} >= 1`),
  ],
).enableRLS();
