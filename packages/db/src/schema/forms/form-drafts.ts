import { foreignKey, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/users.ts';
import { tenantId, tenantIsolationPolicy, timestamps } from '../columns.ts';
import { tenants } from '../tenants/tenants.ts';
import { formDefinitions } from './form-definitions.ts';

/** A signed-in citizen's answers in progress, one per form; deleted when the form is sent. */
export const formDrafts = pgTable(
  'form_drafts',
  {
    tenantId: tenantId(),
    userId: uuid('user_id').notNull(),
    formKey: text('form_key').notNull(),
    /** The version the answers were given against. */
    version: integer('version').notNull(),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull(),
    /** The page the citizen was on, to resume there. */
    page: integer('page').notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.userId, t.formKey] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    foreignKey({ columns: [t.userId], foreignColumns: [users.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.tenantId, t.formKey, t.version],
      foreignColumns: [formDefinitions.tenantId, formDefinitions.formKey, formDefinitions.version],
    }),
    tenantIsolationPolicy(),
  ],
).enableRLS();
