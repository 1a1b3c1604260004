import { foreignKey, index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/users.ts';
import { id, tenantId, timestamps } from '../columns.ts';
import { tenantOwnedTable } from '../tenant-owned.ts';
import { ASSOCIATION_ROLES } from './association-members.ts';
import { associations } from './associations.ts';

/**
 * An owner's invitation to join an association, mailed with a secret link. Only the token's SHA-256
 * is kept, and the invitee must be signed in with the invited address to answer it.
 */
export const associationInvitations = pgTable(
  'association_invitations',
  {
    tenantId: tenantId(),
    id: id(),
    associationId: uuid('association_id').notNull(),
    /** Kept null once the inviting person's account is erased. */
    invitedBy: uuid('invited_by'),
    /** Lower case. */
    email: text('email').notNull(),
    role: text('role', { enum: ASSOCIATION_ROLES }).notNull().default('member'),
    /** Hex SHA-256 of the token mailed. */
    tokenHash: text('token_hash').notNull(),
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
      columns: [t.tenantId, t.associationId],
      foreignColumns: [associations.tenantId, associations.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.invitedBy], foreignColumns: [users.id] }).onDelete('set null'),
    unique('association_invitations_token').on(t.tenantId, t.tokenHash),
    index('association_invitations_association').on(t.tenantId, t.associationId),
  ],
).enableRLS();
