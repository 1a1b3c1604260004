import type { Transaction } from '@communa/db';
import { stageEnrolments } from '@communa/db';
import { and, eq, ne, sql } from 'drizzle-orm';

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
