import type { Transaction } from '@communa/db';
import type { EventRequestRow } from '../event-requests/event-request-store.ts';
import { staffRequest } from '../event-staff/staff-request-access.ts';
import { ProblemError } from '../problems/problem.ts';
import type { StaffMember } from '../staff/require-staff.ts';
import { servicesOfMember } from './advisor-scope.ts';
import { eventOpinionProblems } from './errors.ts';
import type { OpinionRow } from './event-opinion-store.ts';
import { lockOpinion } from './event-opinion-store.ts';

/**
 * The opinion of one of the advisor's own services on a request, locked, while it may still change:
 * 404 when the request or opinion is not theirs to see, 409 once the request no longer waits for
 * opinions (decided, withdrawn, closed).
 */
export async function ownOpinionForChange(
  tx: Transaction,
  member: StaffMember,
  requestId: string,
  serviceKey: string,
): Promise<{ row: EventRequestRow; opinion: OpinionRow; access: Awaited<ReturnType<typeof staffRequest>> }> {
  const access = await staffRequest(tx, member, requestId);
  const mine = await servicesOfMember(tx, member.tenant.id, member.memberId);
  const opinion = mine.includes(serviceKey)
    ? await lockOpinion(tx, member.tenant.id, requestId, serviceKey)
    : undefined;
  if (!opinion) throw new ProblemError(eventOpinionProblems.opinionNotFound);
  if (access.row.status !== 'opinions-requested') throw new ProblemError(eventOpinionProblems.closed);
  return { row: access.row, opinion, access };
}
