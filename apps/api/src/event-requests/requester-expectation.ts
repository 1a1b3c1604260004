import type { EventRequestStatus } from '@communa/db';

/** What the requester is expected to do next, shown beside the request's status. */
export type RequesterExpectation = 'submit' | 'complete' | 'wait' | 'read-decision' | 'nothing';

export function requesterExpectation(status: EventRequestStatus): RequesterExpectation {
  switch (status) {
    case 'draft':
      return 'submit';
    case 'incomplete':
      return 'complete';
    case 'submitted':
    case 'under-review':
    case 'opinions-requested':
      return 'wait';
    case 'approved':
    case 'approved-with-conditions':
    case 'refused':
      return 'read-decision';
    case 'withdrawn':
    case 'closed':
      return 'nothing';
  }
}
