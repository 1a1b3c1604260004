import type { Transaction } from '@communa/db';
import { stageEnrolments, stageSessions } from '@communa/db';
import { and, eq, gt, ne, sql } from 'drizzle-orm';

/** The enrolment of the session, locked for the change; undefined for any other id. */
export async function lockEnrolment(
  tx: Transaction,
  tenantId: string,
  sessionId: string,
  enrolmentId: string,
) {
  const [row] = await tx
    .select({
      id: stageEnrolments.id,
      childId: stageEnrolments.childId,
      householdId: stageEnrolments.householdId,
      status: stageEnrolments.status,
      waitlistPosition: stageEnrolments.waitlistPosition,
      reference: stageEnrolments.reference,
      priceCents: stageEnrolments.priceCents,
      residencyUnconfirmed: stageEnrolments.residencyUnconfirmed,
    })
    .from(stageEnrolments)
    .where(
      and(
        eq(stageEnrolments.tenantId, tenantId),
        eq(stageEnrolments.sessionId, sessionId),
        eq(stageEnrolments.id, enrolmentId),
      ),
    )
    .for('update');
  return row;
}

export async function markCancelled(tx: Transaction, tenantId: string, enrolmentId: string): Promise<void> {
  await tx
    .update(stageEnrolments)
    .set({ status: 'cancelled', updatedAt: sql`now()` })
    .where(and(eq(stageEnrolments.tenantId, tenantId), eq(stageEnrolments.id, enrolmentId)));
}

/** Gives a confirmed enrolment's seat back to its session. */
export async function releaseSeat(tx: Transaction, tenantId: string, sessionId: string): Promise<void> {
  await tx
    .update(stageSessions)
    .set({ seatsTaken: sql`${stageSessions.seatsTaken} - 1` })
    .where(and(eq(stageSessions.tenantId, tenantId), eq(stageSessions.id, sessionId)));
}

/**
 * A waitlisted child leaves: those behind move up one place and the next newcomer takes the last,
 * so positions stay gapless. The session row is updated first, which queues this behind (or ahead
 * of) any enrolment handing out positions.
 */
export async function leaveWaitlist(
  tx: Transaction,
  tenantId: string,
  sessionId: string,
  position: number,
): Promise<void> {
  await tx
    .update(stageSessions)
    .set({ waitlistTaken: sql`${stageSessions.waitlistTaken} - 1` })
    .where(and(eq(stageSessions.tenantId, tenantId), eq(stageSessions.id, sessionId)));
  await tx
    .update(stageEnrolments)
    .set({ waitlistPosition: sql`${stageEnrolments.waitlistPosition} - 1`, updatedAt: sql`now()` })
    .where(
      and(
        eq(stageEnrolments.tenantId, tenantId),
        eq(stageEnrolments.sessionId, sessionId),
        eq(stageEnrolments.status, 'waitlisted'),
        gt(stageEnrolments.waitlistPosition, position),
      ),
    );
}

/** Staff confirmed the household's residency: its live enrolments are no longer flagged. */
export async function clearResidencyFlags(tx: Transaction, tenantId: string, householdId: string) {
  return tx
    .update(stageEnrolments)
    .set({ residencyUnconfirmed: false, updatedAt: sql`now()` })
    .where(
      and(
        eq(stageEnrolments.tenantId, tenantId),
        eq(stageEnrolments.householdId, householdId),
        eq(stageEnrolments.residencyUnconfirmed, true),
        ne(stageEnrolments.status, 'cancelled'),
      ),
    )
    .returning({ id: stageEnrolments.id });
}
