import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env.ts';
import { requestHeader } from '../http/node-headers.ts';
import { ProblemError } from '../problems/problem.ts';
import { staffProblems } from './errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence of the staff API beside the SameSite=Strict cookie: a request that changes
 * something and carries a cookie must come from the back-office's own origin. Browsers always send
 * `Origin` on such requests; without a cookie there is nothing to forge (the answer is 401).
 */
export function sameOriginWrites(ownOrigin: string) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (
      !SAFE_METHODS.has(c.req.method) &&
      requestHeader(c, 'cookie') &&
      requestHeader(c, 'origin') !== ownOrigin
    ) {
      throw new ProblemError(staffProblems.crossSiteRequest);
    }
    await next();
  });
}
