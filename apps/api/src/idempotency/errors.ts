import type { ProblemCode } from '../problems/problem.ts';

export const idempotencyProblems = {
  keyReused: {
    code: 'idempotency_key_reused',
    status: 422,
    title: 'This Idempotency-Key was already used for another request',
  },
} as const satisfies Record<string, ProblemCode>;
