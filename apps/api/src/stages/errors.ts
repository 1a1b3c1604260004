import type { ProblemCode } from '../problems/problem.ts';

export const stageProblems = {
  stageNotFound: { code: 'stage_not_found', status: 404, title: 'No such stage in this commune' },
} as const satisfies Record<string, ProblemCode>;
