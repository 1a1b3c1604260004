import type { ProblemCode } from '../problems/problem.ts';

export const eventDecisionProblems = {
  conditionsRequired: {
    code: 'event_decision_conditions_required',
    status: 422,
    title: 'An approval with conditions needs its conditions, and no service set any to offer',
  },
  notClosable: {
    code: 'event_request_not_closable',
    status: 409,
    title: 'Only a decided request can be closed',
  },
  letterNotFound: {
    code: 'event_decision_letter_not_found',
    status: 404,
    title: 'The request has no decision letter yet',
  },
} as const satisfies Record<string, ProblemCode>;
