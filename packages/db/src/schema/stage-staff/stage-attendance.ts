import { date, foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/users.ts';
import { tenantId, tenantIsolationPolicy } from '../columns.ts';
import { stageEnrolments } from '../stages/stage-enrolments.ts';
import { stageSessions } from '../stages/stage-sessions.ts';

/**
 * Whether a confirmed child came on one day of its session: one row per enrolment and day, rewritten
 * when staff correct it. The day is one of the session's days (checked by the API, which holds the
 * session's list). Never deleted: it backs the tax attestations.
 */
export const stageAttendance = pgTable(
  'stage_attendance',
  {
    tenantId: tenantId(),
    sessionId: uuid('session_id').notNull(),
    enrolmentId: uuid('enrolment_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['present', 'absent', 'excused'] }).notNull(),
    /** Who marked it last; kept null once that person's account is erased. */
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.enrolmentId, t.day] }),
    foreignKey({
      columns: [t.tenantId, t.sessionId],
      foreignColumns: [stageSessions.tenantId, stageSessions.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.enrolmentId],
      foreignColumns: [stageEnrolments.tenantId, stageEnrolments.id],
    }),
    foreignKey({ columns: [t.recordedBy], foreignColumns: [users.id] }).onDelete('set null'),
    index('stage_attendance_session_day').on(t.tenantId, t.sessionId, t.day),
    tenantIsolationPolicy(),
  ],
).enableRLS();
