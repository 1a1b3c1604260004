import type { ProblemCode } from '../problems/problem.ts';

export const tenantProblems = {
  notFound: { code: 'tenant_not_found', status: 404, title: 'No such commune' },
} as const satisfies Record<string, ProblemCode>;
