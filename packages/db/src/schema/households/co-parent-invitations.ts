import { foreignKey, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { id, tenantId, timestamps } from '../columns.ts';
import { tenantOwnedTable } from '../tenant-owned.ts';
import { households } from './households.ts';

/**
 * A parent's invitation to the other parent (separated parents) to share some of their children:
 * on acceptance the same child records are linked to the other parent's household too, so a child
 * is never entered twice. The invitee is recognised by the address they sign in with.
 */
export const coParentInvitations = pgTable(
  'co_parent_invitations',
  {
    tenantId: tenantId(),
    id: id(),
    householdId: uuid('household_id').notNull(),
    invitedBy: uuid('invited_by').notNull(),
    /** Lower case. */
    email: text('email').notNull(),
    childIds: uuid('child_ids').array().notNull(),
    status: text('status', { enum: ['pending', 'accepted', 'declined', 'cancelled'] })
      .notNull()
      .default('pending'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    ...tenantOwnedTable(t),
    foreignKey({
      columns: [t.tenantId, t.householdId],
      foreignColumns: [households.tenantId, households.id],
    }).onDelete('cascade'),
    index('co_parent_invitations_email').on(t.tenantId, t.email),
  ],
).enableRLS();
