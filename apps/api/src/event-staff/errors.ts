import type { ProblemCode } from '../problems/problem.ts';

export const eventStaffProblems = {
  transitionRefused: {
    code: 'event_request_transition_refused',
    status: 409,
    title: 'The request is not in a status this step can follow',
  },
  attachmentNotFound: {
    code: 'event_request_attachment_not_found',
    status: 404,
    title: 'No such file attached to this request',
  },
} as const satisfies Record<string, ProblemCode>;
