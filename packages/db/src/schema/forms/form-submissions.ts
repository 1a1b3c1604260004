import { sql } from 'drizzle-orm';
import {
  char,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../auth/users.ts';
import { id, tenantId } from '../columns.ts';
import { tenantOwnedTable } from '../tenant-owned.ts';
import { formDefinitions } from './form-definitions.ts';

/**
 * A form as sent: the answers against the version filled in, cleaned by the engine (hidden answers
 * are never stored; consent answers carry the text that was shown), and the current status of the
 * form's workflow. Never deleted by the application: its history is in form_submission_events.
 */
export const formSubmissions = pgTable(
  'form_submissions',
  {
    tenantId: tenantId(),
    id: id(),
    formKey: text('form_key').notNull(),
    version: integer('version').notNull(),
    /** What citizens and staff quote, for example `LIE-2026-7KQ3M`: random, unique per commune. */
    reference: text('reference').notNull(),
    /** The signed-in citizen who sent it; null for an anonymous form or once the account is erased. */
    userId: uuid('user_id'),
    /**
     * sha256 (hex) of the secret an anonymous sender keeps with the reference (the case code) to follow
     * the case; null for a signed-in citizen's submission.
     */
    caseSecretHash: char('case_secret_hash', { length: 64 }),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull(),
    /** Computed values (cents) at submission, for example a price. */
    computed: jsonb('computed').$type<Record<string, number>>().notNull().default(sql`'{}'::jsonb`),
    status: text('status').notNull(),
    /** The staff member handling it, set by a workflow `assign` action; null while unassigned. */
    assigneeUserId: uuid('assignee_user_id'),
    /** The language the form was filled in: e-mails about it go in that language. */
    language: text('language', { enum: ['fr', 'nl', 'de', 'en'] }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    ...tenantOwnedTable(t),
    foreignKey({
      columns: [t.tenantId, t.formKey, t.version],
      foreignColumns: [formDefinitions.tenantId, formDefinitions.formKey, formDefinitions.version],
    }),
    foreignKey({ columns: [t.userId], foreignColumns: [users.id] }).onDelete('set null'),
    foreignKey({ columns: [t.assigneeUserId], foreignColumns: [users.id] }).onDelete('set null'),
    unique('form_submissions_reference').on(t.tenantId, t.reference),
    // A submission belongs to a signed-in citizen or is followed by its case secret, never both.
    check('form_submissions_owner', sql`${t.userId} is null or ${t.caseSecretHash} is null`),
    index('form_submissions_user').on(t.tenantId, t.userId, t.submittedAt),
    index('form_submissions_form_status').on(t.tenantId, t.formKey, t.status),
  ],
).enableRLS();
