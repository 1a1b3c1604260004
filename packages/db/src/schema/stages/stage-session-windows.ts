import { foreignKey, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantId, tenantIsolationPolicy } from '../columns.ts';
import { stageSessions } from './stage-sessions.ts';

/**
 * The enrolment windows of a session in order: from `opens_at`, `audience` may enrol (for example
 * residents from Monday 9:00, everyone from Wednesday 9:00). Rewritten with its session's configuration.
 */
export const stageSessionWindows = pgTable(
  'stage_session_windows',
  {
    tenantId: tenantId(),
    sessionId: uuid('session_id').notNull(),
    position: integer('position').notNull(),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    audience: text('audience', { enum: ['residents', 'everyone'] }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.sessionId, t.position] }),
    foreignKey({
      columns: [t.tenantId, t.sessionId],
      foreignColumns: [stageSessions.tenantId, stageSessions.id],
    }).onDelete('cascade'),
    tenantIsolationPolicy(),
  ],
).enableRLS();
