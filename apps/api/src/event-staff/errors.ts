import type { ProblemCode } from '../problems/problem.ts';

export const eventStaffProblems = {
  transitionRefused: {
    code: 'event_request_transition_refused',
    status: 409,
    title: 'The request is not in a status this step can follow',
  },
} as const satisfies Record<string, ProblemCode>;
