import type { Transaction } from '@communa/db';
import { stageAttendance, stageEnrolments } from '@communa/db';
import { and, eq, sql } from 'drizzle-orm';
import type { AttendanceInput } from './stage-staff-schemas.ts';

/** The confirmed enrolments of the session with their mark for `day`, if one was taken. */
export async function attendanceOn(tx: Transaction, tenantId: string, sessionId: string, day: string) {
  const rows = await tx
    .select({
      enrolmentId: stageEnrolments.id,
      status: stageAttendance.status,
      recordedAt: stageAttendance.recordedAt,
    })
    .from(stageEnrolments)
    .leftJoin(
      stageAttendance,
      and(
        eq(stageAttendance.tenantId, stageEnrolments.tenantId),
        eq(stageAttendance.enrolmentId, stageEnrolments.id),
        eq(stageAttendance.day, day),
      ),
    )
    .where(
      and(
        eq(stageEnrolments.tenantId, tenantId),
        eq(stageEnrolments.sessionId, sessionId),
        eq(stageEnrolments.status, 'confirmed'),
      ),
    )
    .orderBy(stageEnrolments.id);
  return rows.map((row) => ({ ...row, recordedAt: row.recordedAt?.toISOString() ?? null }));
}

/** Every mark of the session, for the printed grid: `enrolmentId|day` → status. */
export async function sessionMarks(tx: Transaction, tenantId: string, sessionId: string) {
  const rows = await tx
    .select({
      enrolmentId: stageAttendance.enrolmentId,
      day: stageAttendance.day,
      status: stageAttendance.status,
    })
    .from(stageAttendance)
    .where(and(eq(stageAttendance.tenantId, tenantId), eq(stageAttendance.sessionId, sessionId)));
  return new Map(rows.map((row) => [`${row.enrolmentId}|${row.day}`, row.status]));
}

/** Writes the marks of one day, replacing earlier ones (the last word is the one kept). */
export async function recordMarks(
  tx: Transaction,
  target: { tenantId: string; sessionId: string; day: string; userId: string },
  marks: AttendanceInput['marks'],
): Promise<void> {
  await tx
    .insert(stageAttendance)
    .values(
      marks.map((mark) => ({
        tenantId: target.tenantId,
        sessionId: target.sessionId,
        enrolmentId: mark.enrolmentId,
        day: target.day,
        status: mark.status,
        recordedBy: target.userId,
      })),
    )
    .onConflictDoUpdate({
      target: [stageAttendance.tenantId, stageAttendance.enrolmentId, stageAttendance.day],
      set: {
        status: sql`excluded.status`,
        recordedBy: sql`excluded.recorded_by`,
        recordedAt: sql`now()`,
      },
    });
}
