import type { Context } from 'hono';
import type { FieldError, ProblemCode } from './problem.ts';
import { PROBLEM_CONTENT_TYPE, toProblem } from './problem.ts';

/** Answers with a problem+json document (typed, so routes can declare it as a response). */
export function respondProblem<P extends ProblemCode>(
  c: Context,
  problem: P,
  detail?: string,
  errors?: FieldError[],
) {
  const requestId: unknown = c.get('requestId');
  const body = toProblem(problem, {
    detail,
    errors,
    requestId: typeof requestId === 'string' ? requestId : undefined,
  });
  return c.json(body, problem.status as P['status'], { 'content-type': PROBLEM_CONTENT_TYPE });
}
