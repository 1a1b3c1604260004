import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { id, tenantId } from '../columns.ts';
import { tenantOwnedTable } from '../tenant-owned.ts';

/**
 * What staff did in a commune and every read of a person's data: who, what, when, on what, from
 * where. Append-only: the application role may insert and read, never change or delete.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    tenantId: tenantId(),
    id: id(),
    // Milliseconds, as JavaScript dates carry them, so a page cursor compares exactly.
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** The person who acted; no foreign key, so the record outlives an erased account. */
    actorUserId: uuid('actor_user_id'),
    actorEmail: text('actor_email'),
    /** A stable dotted name: `staff.signed_in`, `staff.roles_changed`, `households.listed`… */
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    /** The client address for staff actions; never set by anonymous routes. */
    ip: text('ip'),
    detail: jsonb('detail'),
  },
  (t) => [
    ...tenantOwnedTable(t),
    index('audit_events_tenant_at_idx').on(t.tenantId, t.at.desc(), t.id.desc()),
  ],
).enableRLS();
