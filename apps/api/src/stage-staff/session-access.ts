import type { Transaction } from '@communa/db';
import { ProblemError } from '../problems/problem.ts';
import type { StaffMember } from '../staff/require-staff.ts';
import { hasPermission } from '../staff/staff-roles.ts';
import { stageStaffProblems } from './errors.ts';
import type { SessionRow } from './session-store.ts';
import { findSession, isAssignedAnimator } from './session-store.ts';

/** Admins and stage-managers reach every session; an animator only the sessions assigned to them. */
export const managesStages = (member: StaffMember) => hasPermission(member.roles, 'stage-sessions:manage');

/**
 * The session, if this staff member may see it: another commune's session, or one an animator is
 * not assigned to, is 404 alike, so its existence is not given away.
 */
export async function sessionFor(
  tx: Transaction,
  member: StaffMember,
  sessionId: string,
): Promise<SessionRow> {
  const session = await findSession(tx, member.tenant.id, sessionId);
  const allowed =
    session !== undefined &&
    (managesStages(member) || (await isAssignedAnimator(tx, member.tenant.id, sessionId, member.userId)));
  if (!session || !allowed) throw new ProblemError(stageStaffProblems.sessionNotFound);
  return session;
}
