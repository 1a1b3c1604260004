import { foreignKey, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/users.ts';
import { bytea, id, tenantId } from '../columns.ts';
import { tenantOwnedTable } from '../tenant-owned.ts';
import { eventRequests } from './event-requests.ts';

export const EVENT_DECISION_OUTCOMES = ['approved', 'approved-with-conditions', 'refused'] as const;

export type EventDecisionOutcome = (typeof EVENT_DECISION_OUTCOMES)[number];

/**
 * The commune's decision on a request, once: its outcome, conditions and motivation, and the letter
 * sent to the requester, kept as issued (a later change of letterhead does not rewrite it).
 */
export const eventRequestDecisions = pgTable(
  'event_request_decisions',
  {
    tenantId: tenantId(),
    id: id(),
    requestId: uuid('request_id').notNull(),
    outcome: text('outcome', { enum: EVENT_DECISION_OUTCOMES }).notNull(),
    conditions: text('conditions'),
    motivation: text('motivation').notNull(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
    /** The language the letter is written in: the requester's. */
    letterLanguage: text('letter_language').notNull(),
    letter: bytea('letter').notNull(),
  },
  (t) => [
    ...tenantOwnedTable(t),
    foreignKey({
      columns: [t.tenantId, t.requestId],
      foreignColumns: [eventRequests.tenantId, eventRequests.id],
    }),
    foreignKey({ columns: [t.decidedBy], foreignColumns: [users.id] }).onDelete('set null'),
    unique('event_request_decisions_request').on(t.tenantId, t.requestId),
  ],
).enableRLS();
