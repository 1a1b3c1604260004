import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { httpProblems } from '../problems/codes.ts';
import type { ProblemCode } from '../problems/problem.ts';
import { PROBLEM_CONTENT_TYPE, toProblem } from '../problems/problem.ts';
import { authErrorProblems, authProblems } from './errors.ts';

interface AuthErrorBody {
  code?: unknown;
  message?: unknown;
}

/**
 * better-auth answers its failures as `{ code, message }` JSON (and 429 as `{ message }`); the
 * widgets read problem+json everywhere, so each failure is rewritten with a stable snake-case code.
 * Success answers pass unchanged.
 */
export async function toAuthProblemResponse(response: Response, requestId: string): Promise<Response> {
  if (response.status < 400) return response;
  const isJson = response.headers.get('content-type')?.includes('application/json') ?? false;
  const body = (isJson ? await response.json().catch(() => ({})) : {}) as AuthErrorBody;
  const problem = problemFor(response.status, body);
  const headers = new Headers(response.headers);
  headers.set('content-type', PROBLEM_CONTENT_TYPE);
  const retryAfter = response.headers.get('x-retry-after');
  if (retryAfter) headers.set('retry-after', retryAfter);
  headers.delete('content-length');
  const detail = typeof body.message === 'string' ? body.message : undefined;
  return new Response(JSON.stringify(toProblem(problem, { detail, requestId })), {
    status: problem.status,
    headers,
  });
}

function problemFor(status: number, body: AuthErrorBody): ProblemCode {
  if (status === 429) return authProblems.rateLimited;
  if (status === 404) return httpProblems.notFound;
  const code = typeof body.code === 'string' ? body.code : '';
  const known = authErrorProblems[code];
  if (known) return known;
  return {
    code: code ? code.toLowerCase() : 'auth_error',
    status: status as ContentfulStatusCode,
    title: typeof body.message === 'string' ? body.message : 'Sign-in failed',
  };
}
