import { boolean, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, timestamps } from '../columns.ts';

/**
 * A person, the same for every commune (better-auth's `user` model): identity is global, what a
 * commune knows about the person lives in that commune's own tables. Not a tenant table.
 */
export const users = pgTable(
  'users',
  {
    id: id().primaryKey(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    emailVerified: boolean('email_verified').notNull().default(false),
    image: text('image'),
    /** Preferred language for e-mails and screens (fr, nl, de, en); unset until chosen. */
    language: text('language'),
    /** Set by better-auth once the person has a verified TOTP second factor. */
    twoFactorEnabled: boolean('two_factor_enabled').notNull().default(false),
    ...timestamps(),
  },
  (t) => [uniqueIndex('users_email_key').on(t.email)],
);
