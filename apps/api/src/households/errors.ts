import type { ProblemCode } from '../problems/problem.ts';

export const householdProblems = {
  householdNotFound: {
    code: 'household_not_found',
    status: 404,
    title: 'No household in this commune yet',
  },
  childNotFound: { code: 'child_not_found', status: 404, title: 'No such child in your household' },
  householdRequired: {
    code: 'household_required',
    status: 409,
    title: 'Give your household’s address before adding children',
  },
} as const satisfies Record<string, ProblemCode>;
