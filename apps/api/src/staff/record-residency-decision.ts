import type { Transaction } from '@communa/db';
import { households } from '@communa/db';
import { and, eq, sql } from 'drizzle-orm';
import { recordAuditEvent } from '../audit/audit-events.ts';
import type { Residency } from '../households/household-rules.ts';
import { ProblemError } from '../problems/problem.ts';
import { staffProblems } from './errors.ts';
import type { StaffMember } from './require-staff.ts';
import { decideResidency } from './residency-decision.ts';

/**
 * Records staff's finding on a household's residency in the caller's transaction, with its audit
 * event: the household row is locked, so two decisions on it follow each other.
 */
export async function recordResidencyDecision(
  tx: Transaction,
  member: StaffMember,
  householdId: string,
  residency: Residency,
) {
  const tenantId = member.tenant.id;
  const [current] = await tx
    .select({ residency: households.residency, residencyStatus: households.residencyStatus })
    .from(households)
    .where(and(eq(households.tenantId, tenantId), eq(households.id, householdId)))
    .for('update');
  if (!current) throw new ProblemError(staffProblems.householdNotFound);
  const decision = decideResidency(current, residency);
  const { residencyStatus } = decision;
  await tx
    .update(households)
    .set({ residency, residencyStatus, updatedAt: sql`now()` })
    .where(and(eq(households.tenantId, tenantId), eq(households.id, householdId)));
  await recordAuditEvent(tx, {
    tenantId,
    actorUserId: member.userId,
    actorEmail: member.email,
    action: `households.residency_${residencyStatus}`,
    targetType: 'household',
    targetId: householdId,
    ip: member.ip,
    detail: { from: current.residency, to: residency },
  });
  return decision;
}
