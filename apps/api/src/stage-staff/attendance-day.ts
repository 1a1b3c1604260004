import type { Transaction } from '@communa/db';
import { ProblemError } from '../problems/problem.ts';
import type { StaffMember } from '../staff/require-staff.ts';
import { stageStaffProblems } from './errors.ts';
import { sessionFor } from './session-access.ts';

/** The session, when this member may see it and `day` is one of its days (else 404 or 400). */
export async function sessionDay(tx: Transaction, member: StaffMember, sessionId: string, day: string) {
  const session = await sessionFor(tx, member, sessionId);
  if (!session.days.includes(day)) {
    throw new ProblemError(
      stageStaffProblems.dayNotInSession,
      `The session’s days: ${session.days.join(', ')}`,
      [{ path: 'day', code: 'day_not_in_session', message: stageStaffProblems.dayNotInSession.title }],
    );
  }
  return session;
}
