import { foreignKey, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/users.ts';
import { id, tenantId } from '../columns.ts';
import { tenantOwnedTable } from '../tenant-owned.ts';
import { formSubmissions } from './form-submissions.ts';

/**
 * The history of a submission, append-only: its statuses (the first one when sent) and comments
 * (internal to staff, or addressed to the citizen), each with who did it.
 */
export const formSubmissionEvents = pgTable(
  'form_submission_events',
  {
    tenantId: tenantId(),
    id: id(),
    submissionId: uuid('submission_id').notNull(),
    kind: text('kind', { enum: ['status', 'comment'] }).notNull(),
    /** With `status`: the status before (null when sent) and after. */
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    comment: text('comment'),
    /** Whether a comment is shown to the citizen (a completion request) or stays internal. */
    visibility: text('visibility', { enum: ['internal', 'citizen'] })
      .notNull()
      .default('internal'),
    actor: text('actor', { enum: ['citizen', 'staff', 'system'] }).notNull(),
    /** The staff member or citizen; null for the system, an anonymous sender or an erased account. */
    actorUserId: uuid('actor_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    ...tenantOwnedTable(t),
    foreignKey({
      columns: [t.tenantId, t.submissionId],
      foreignColumns: [formSubmissions.tenantId, formSubmissions.id],
    }),
    foreignKey({ columns: [t.actorUserId], foreignColumns: [users.id] }).onDelete('set null'),
    index('form_submission_events_submission').on(t.tenantId, t.submissionId, t.createdAt),
  ],
).enableRLS();
