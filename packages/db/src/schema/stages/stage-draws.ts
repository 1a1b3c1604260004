import { sql } from 'drizzle-orm';
import { char, check, foreignKey, integer, pgTable, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { id, tenantId, timestamps } from '../columns.ts';
import { tenantOwnedTable } from '../tenant-owned.ts';
import { stageSessions } from './stage-sessions.ts';

/**
 * The draw of one enrolment window of a session (allocation `draw`): its seed is drawn when the
 * window opens and only its SHA-256 (`seed_hash`) is shown until `drawn_at`, so nobody can pick the
 * seed once the tickets are known, and anyone can recompute the order from the revealed seed.
 */
export const stageDraws = pgTable(
  'stage_draws',
  {
    tenantId: tenantId(),
    id: id(),
    sessionId: uuid('session_id').notNull(),
    /** The window (stage_session_windows.position) whose first minutes are drawn. */
    windowPosition: integer('window_position').notNull(),
    /** 32 random bytes, hex; revealed once drawn. */
    seed: char('seed', { length: 64 }).notNull(),
    /** SHA-256 of the seed's bytes, hex: public from the start. */
    seedHash: char('seed_hash', { length: 64 }).notNull(),
    /** When the draw period ends and the tickets are drawn. */
    drawAt: timestamp('draw_at', { withTimezone: true }).notNull(),
    drawnAt: timestamp('drawn_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    ...tenantOwnedTable(t),
    foreignKey({
      columns: [t.tenantId, t.sessionId],
      foreignColumns: [stageSessions.tenantId, stageSessions.id],
    }),
    unique('stage_draws_window').on(t.tenantId, t.sessionId, t.windowPosition),
    check('stage_draws_seed', sql`${t.seed} ~ '^[0-9a-f]{64}$' and ${t.seedHash} ~ '^[0-9a-f]{64}$'`),
  ],
).enableRLS();
