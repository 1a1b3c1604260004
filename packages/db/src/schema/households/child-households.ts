import { foreignKey, index, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { tenantId, tenantIsolationPolicy, timestamps } from '../columns.ts';
import { children } from './children.ts';
import { households } from './households.ts';

/** Links a child to the household(s) that care for it: one, or two for separated parents. */
export const childHouseholds = pgTable(
  'child_households',
  {
    tenantId: tenantId(),
    childId: uuid('child_id').notNull(),
    householdId: uuid('household_id').notNull(),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.childId, t.householdId] }),
    index('child_households_household').on(t.tenantId, t.householdId),
    foreignKey({
      columns: [t.tenantId, t.childId],
      foreignColumns: [children.tenantId, children.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.tenantId, t.householdId],
      foreignColumns: [households.tenantId, households.id],
    }).onDelete('cascade'),
    tenantIsolationPolicy(),
  ],
).enableRLS();
