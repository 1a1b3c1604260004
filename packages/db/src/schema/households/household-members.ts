import { foreignKey, pgTable, primaryKey, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/users.ts';
import { tenantId, tenantIsolationPolicy, timestamps } from '../columns.ts';
import { households } from './households.ts';

/** Who belongs to a household. A person has at most one household per commune. */
export const householdMembers = pgTable(
  'household_members',
  {
    tenantId: tenantId(),
    householdId: uuid('household_id').notNull(),
    userId: uuid('user_id').notNull(),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.householdId, t.userId] }),
    unique('household_members_one_per_commune').on(t.tenantId, t.userId),
    foreignKey({
      columns: [t.tenantId, t.householdId],
      foreignColumns: [households.tenantId, households.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.userId], foreignColumns: [users.id] }).onDelete('cascade'),
    tenantIsolationPolicy(),
  ],
).enableRLS();
