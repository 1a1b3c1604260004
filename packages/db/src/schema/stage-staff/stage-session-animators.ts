import { foreignKey, index, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/users.ts';
import { tenantId, tenantIsolationPolicy } from '../columns.ts';
import { stageSessions } from '../stages/stage-sessions.ts';

/** The animators of a session: they read its lists and take its attendance, and no other session's. */
export const stageSessionAnimators = pgTable(
  'stage_session_animators',
  {
    tenantId: tenantId(),
    sessionId: uuid('session_id').notNull(),
    userId: uuid('user_id').notNull(),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.sessionId, t.userId] }),
    foreignKey({
      columns: [t.tenantId, t.sessionId],
      foreignColumns: [stageSessions.tenantId, stageSessions.id],
    }),
    // A person erased (or gone from every commune's staff) takes their assignments with them.
    foreignKey({ columns: [t.userId], foreignColumns: [users.id] }).onDelete('cascade'),
    index('stage_session_animators_user').on(t.tenantId, t.userId),
    tenantIsolationPolicy(),
  ],
).enableRLS();
