import { foreignKey, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/users.ts';
import { id, tenantId } from '../columns.ts';
import { tenantOwnedTable } from '../tenant-owned.ts';
import { EVENT_REQUEST_STATUSES, eventRequests } from './event-requests.ts';

/**
 * What happened to an event request, oldest first: each change of status, who made it and the
 * comment given (what is missing, why refused). Never rewritten, so the requester and staff see one story.
 */
export const eventRequestEvents = pgTable(
  'event_request_events',
  {
    tenantId: tenantId(),
    id: id(),
    requestId: uuid('request_id').notNull(),
    /** The status before (null when the draft was created) and after. */
    fromStatus: text('from_status', { enum: EVENT_REQUEST_STATUSES }),
    toStatus: text('to_status', { enum: EVENT_REQUEST_STATUSES }).notNull(),
    actor: text('actor', { enum: ['requester', 'staff'] }).notNull(),
    /** Kept null once that person's account is erased. */
    actorUserId: uuid('actor_user_id'),
    comment: text('comment'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    ...tenantOwnedTable(t),
    foreignKey({
      columns: [t.tenantId, t.requestId],
      foreignColumns: [eventRequests.tenantId, eventRequests.id],
    }),
    foreignKey({ columns: [t.actorUserId], foreignColumns: [users.id] }).onDelete('set null'),
    index('event_request_events_request').on(t.tenantId, t.requestId, t.createdAt),
  ],
).enableRLS();
