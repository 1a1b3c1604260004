import type { ProblemCode } from '../problems/problem.ts';

export const privacyProblems = {
  erasureAlreadyRequested: {
    code: 'erasure_already_requested',
    status: 429,
    title: 'You already asked this commune to erase your data in the last 24 hours',
  },
  erasureNotDelivered: {
    code: 'erasure_request_not_delivered',
    status: 503,
    title: 'The request could not be passed on to the commune; nothing was recorded, try again later',
  },
} as const satisfies Record<string, ProblemCode>;
