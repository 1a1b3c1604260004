import type { ProblemCode } from '../problems/problem.ts';

export const healthSheetProblems = {
  sheetNotFound: {
    code: 'health_sheet_not_found',
    status: 404,
    title: 'No health sheet has been filled in for this child yet',
  },
} as const satisfies Record<string, ProblemCode>;
