import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/users.ts';
import { id } from '../columns.ts';
import { organizations } from './organizations.ts';

/**
 * A person's staff membership of one commune (better-auth's `member`). `role` lists the person's
 * roles in that commune, comma-separated as better-auth stores them (`stage-manager,animator`).
 */
export const members = pgTable(
  'members',
  {
    id: id().primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('members_organization_user_key').on(t.organizationId, t.userId),
    index('members_user_id_idx').on(t.userId),
  ],
);
