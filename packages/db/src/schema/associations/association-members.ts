import { foreignKey, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/users.ts';
import { tenantId, tenantIsolationPolicy, timestamps } from '../columns.ts';
import { associations } from './associations.ts';

export const ASSOCIATION_ROLES = ['owner', 'member'] as const;

export type AssociationRole = (typeof ASSOCIATION_ROLES)[number];

/** Who acts for an association: every member shares its requests; owners manage who belongs. */
export const associationMembers = pgTable(
  'association_members',
  {
    tenantId: tenantId(),
    associationId: uuid('association_id').notNull(),
    userId: uuid('user_id').notNull(),
    role: text('role', { enum: ASSOCIATION_ROLES }).notNull(),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.associationId, t.userId] }),
    index('association_members_user').on(t.tenantId, t.userId),
    foreignKey({
      columns: [t.tenantId, t.associationId],
      foreignColumns: [associations.tenantId, associations.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.userId], foreignColumns: [users.id] }).onDelete('cascade'),
    tenantIsolationPolicy(),
  ],
).enableRLS();
