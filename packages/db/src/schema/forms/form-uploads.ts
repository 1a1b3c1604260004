import { sql } from 'drizzle-orm';
import {
  char,
  check,
  customType,
  foreignKey,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../auth/users.ts';
import { id, tenantId } from '../columns.ts';
import { eventRequests } from '../events/event-requests.ts';
import { tenantOwnedTable } from '../tenant-owned.ts';
import { formSubmissions } from './form-submissions.ts';
import { forms } from './forms.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * A file a citizen uploaded for a form's file field, before or with its submission. The bytes are
 * kept in PostgreSQL (bytea): simple, transactional and under the commune's row-level security;
 * field limits cap a file at 100 MiB. Images are stored re-encoded, without EXIF or GPS metadata.
 * Never deleted by the application.
 */
export const formUploads = pgTable(
  'form_uploads',
  {
    tenantId: tenantId(),
    id: id(),
    formKey: text('form_key').notNull(),
    fieldKey: text('field_key').notNull(),
    /** The signed-in citizen who uploaded it; null for an anonymous upload or once the account is erased. */
    userId: uuid('user_id'),
    /** The name the browser gave, for staff who download it. */
    name: text('name').notNull(),
    /** The type found in the content (magic bytes), not the one the browser claimed. */
    type: text('type').notNull(),
    size: integer('size').notNull(),
    sha256: char('sha256', { length: 64 }).notNull(),
    content: bytea('content').notNull(),
    /** The submission that uses it: set once, in the submission's transaction. */
    submissionId: uuid('submission_id'),
    /** The event request whose answers name it: set when the request is submitted. */
    eventRequestId: uuid('event_request_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    ...tenantOwnedTable(t),
    foreignKey({
      columns: [t.tenantId, t.formKey],
      foreignColumns: [forms.tenantId, forms.key],
    }),
    foreignKey({ columns: [t.userId], foreignColumns: [users.id] }).onDelete('set null'),
    foreignKey({
      columns: [t.tenantId, t.submissionId],
      foreignColumns: [formSubmissions.tenantId, formSubmissions.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.eventRequestId],
      foreignColumns: [eventRequests.tenantId, eventRequests.id],
    }),
    check('form_uploads_size', sql`${t.size} = octet_length(${t.content})`),
    index('form_uploads_submission').on(t.tenantId, t.submissionId),
    index('form_uploads_event_request').on(t.tenantId, t.eventRequestId),
  ],
).enableRLS();
