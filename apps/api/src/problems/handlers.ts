import type { Hook } from '@hono/zod-openapi';
import type { ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../app-env.ts';
import { httpProblems } from './codes.ts';
import { ProblemError } from './problem.ts';
import { respondProblem } from './respond.ts';
import { fieldErrorsFromZod } from './zod-errors.ts';

/** Every zod-validated input that fails answers 400 with one error per field. */
export const validationHook: Hook<unknown, AppEnv, string, unknown> = (result, c) => {
  if (!result.success) {
    return respondProblem(c, httpProblems.validationFailed, undefined, fieldErrorsFromZod(result.error));
  }
  return undefined;
};

export const notFoundHandler: NotFoundHandler<AppEnv> = (c) =>
  respondProblem(c, httpProblems.notFound, `No route for ${c.req.method} ${c.req.path}`);

/** Known failures keep their status; anything else is logged and answers a bare 500. */
export const errorHandler: ErrorHandler<AppEnv> = (error, c) => {
  if (error instanceof ProblemError) {
    return respondProblem(c, error.problem, error.detail, error.errors);
  }
  if (error instanceof HTTPException) {
    if (error.status === 400) return respondProblem(c, httpProblems.malformedBody, error.message);
    if (error.status === 413) return respondProblem(c, httpProblems.payloadTooLarge);
    return respondProblem(c, { code: 'http_error', status: error.status, title: error.message || 'Error' });
  }
  c.get('logger').error({ err: error }, 'unhandled error');
  return respondProblem(c, httpProblems.internal);
};
