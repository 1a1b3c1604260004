import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../auth/users.ts';
import { id, tenantId, timestamps } from '../columns.ts';
import { households } from '../households/households.ts';
import { tenantOwnedTable } from '../tenant-owned.ts';
import { stageDraws } from './stage-draws.ts';

/**
 * One request made during a draw period: the children asked together (they share the ticket, so
 * siblings stay together), whether they go all or none, and whether the ticket has the residents'
 * priority. `rank` is its place in the drawn order, set by the draw.
 */
export const stageDrawTickets = pgTable(
  'stage_draw_tickets',
  {
    tenantId: tenantId(),
    id: id(),
    drawId: uuid('draw_id').notNull(),
    householdId: uuid('household_id').notNull(),
    /** Who asked; kept null once that person's account is erased. */
    requestedBy: uuid('requested_by'),
    /** In the order asked; seats go to them in that order. */
    childIds: uuid('child_ids').array().notNull(),
    allOrNone: boolean('all_or_none').notNull(),
    /** Drawn before the others (a resident household in a residents' window). */
    priority: boolean('priority').notNull(),
    residencyUnconfirmed: boolean('residency_unconfirmed').notNull(),
    rank: integer('rank'),
    /** Each child's answers to the stage's questions (by child id), cleaned, and the version checked against. */
    answers: jsonb('answers').$type<Record<string, Record<string, unknown>>>(),
    answersFormKey: text('answers_form_key'),
    answersFormVersion: integer('answers_form_version'),
    ...timestamps(),
  },
  (t) => [
    ...tenantOwnedTable(t),
    foreignKey({ columns: [t.tenantId, t.drawId], foreignColumns: [stageDraws.tenantId, stageDraws.id] }),
    foreignKey({
      columns: [t.tenantId, t.householdId],
      foreignColumns: [households.tenantId, households.id],
    }),
    foreignKey({ columns: [t.requestedBy], foreignColumns: [users.id] }).onDelete('set null'),
    unique('stage_draw_tickets_rank').on(t.tenantId, t.drawId, t.rank),
    index('stage_draw_tickets_draw').on(t.tenantId, t.drawId),
    check('stage_draw_tickets_children', sql`cardinality(${t.childIds}) > 0`),
  ],
).enableRLS();
