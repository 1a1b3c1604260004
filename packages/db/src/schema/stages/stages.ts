import { boolean, char, integer, jsonb, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { id, tenantId, timestamps } from '../columns.ts';
import { tenantOwnedTable } from '../tenant-owned.ts';

export type StagePlaceValue = {
  key: string;
  name: string;
  address: { street: string; number: string; box?: string | undefined; postalCode: string; city: string };
};

/**
 * A holiday stage of a commune (its sessions are in stage_sessions). Written by tenants:apply from
 * stages.yaml (or, for `admin` communes, the back-office); a stage removed from the configuration is
 * deactivated, never deleted, because enrolments hang off its sessions.
 */
export const stages = pgTable(
  'stages',
  {
    tenantId: tenantId(),
    id: id(),
    key: text('key').notNull(),
    category: text('category').notNull(),
    /** Localized title and description, keyed by language. */
    title: jsonb('title').$type<Record<string, string>>().notNull(),
    description: jsonb('description').$type<Record<string, string>>().notNull(),
    /** Where it takes place: a snapshot of the configured place. */
    place: jsonb('place').$type<StagePlaceValue>().notNull(),
    /** The key of the commune's form asked for each child at enrolment; null when none is asked. */
    questionsFormKey: text('questions_form_key'),
    position: integer('position').notNull(),
    active: boolean('active').notNull().default(true),
    /** sha256 of the configuration last applied to this row, so an unchanged apply writes nothing. */
    configHash: char('config_hash', { length: 64 }).notNull(),
    ...timestamps(),
  },
  (t) => [...tenantOwnedTable(t), unique('stages_key').on(t.tenantId, t.key)],
).enableRLS();
