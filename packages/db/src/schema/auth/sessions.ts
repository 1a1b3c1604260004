import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../columns.ts';
import { users } from './users.ts';

/** A signed-in device (better-auth's `session` model); the token is what a bearer carries. */
export const sessions = pgTable(
  'sessions',
  {
    id: id().primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    token: text('token').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** Left empty for citizens: anonymous sign-in routes record no address (see auth/create-auth.ts). */
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    /** The commune chosen in the back-office (better-auth's active organization). */
    activeOrganizationId: uuid('active_organization_id'),
    /** When this session passed a TOTP check; roles that read health data need it. */
    secondFactorAt: timestamp('second_factor_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [uniqueIndex('sessions_token_key').on(t.token), index('sessions_user_id_idx').on(t.userId)],
);
