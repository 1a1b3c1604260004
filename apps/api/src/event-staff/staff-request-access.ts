import type { Transaction } from '@communa/db';
import type { RequestScope } from '../event-opinions/advisor-scope.ts';
import { requestScopeOf } from '../event-opinions/advisor-scope.ts';
import { eventRequestProblems } from '../event-requests/errors.ts';
import type { EventRequestRow } from '../event-requests/event-request-store.ts';
import { lockRequest } from '../event-requests/event-request-store.ts';
import { ProblemError } from '../problems/problem.ts';
import type { StaffMember } from '../staff/require-staff.ts';
import { inScope, presentForStaff } from './event-staff-store.ts';

/**
 * A submitted request of the commune the member may read, locked for the caller's change: 404 for a
 * draft, another commune's id, or (for a service advisor) a request none of their services was asked about.
 */
export async function staffRequest(
  tx: Transaction,
  member: StaffMember,
  requestId: string,
): Promise<{ row: EventRequestRow; scope: RequestScope }> {
  const row = await lockRequest(tx, member.tenant.id, requestId);
  if (!row || row.status === 'draft') throw new ProblemError(eventRequestProblems.notFound);
  const scope = await requestScopeOf(tx, member);
  if (!(await inScope(tx, row, scope))) throw new ProblemError(eventRequestProblems.notFound);
  return { row, scope };
}

/** The request as the member reads it after a change to `status`. */
export function staffView(
  tx: Transaction,
  member: StaffMember,
  access: { row: EventRequestRow; scope: RequestScope },
  changes: Partial<EventRequestRow> = {},
) {
  return presentForStaff(
    tx,
    { ...access.row, ...changes },
    access.scope,
    member.tenant.publicConfig.languages.default,
  );
}
