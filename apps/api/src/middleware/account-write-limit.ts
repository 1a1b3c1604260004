import { createHash } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { AppEnv } from '../app-env.ts';
import { requestHeader, setResponseHeader } from '../http/node-headers.ts';
import { httpProblems } from '../problems/codes.ts';
import { respondProblem } from '../problems/respond.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Bounds the changes one signed-in session makes per minute, whatever its network address (a
 * school or a town hall shares one NAT address, so signed-in routes are never limited per IP).
 * Keyed by a hash of the credential, so it runs before the session is even looked up; a person's
 * sessions are few, since sign-in codes are themselves limited per address. One process's count:
 * behind several API processes the bound multiplies by their number.
 */
export function limitAccountWrites(perMinute: number) {
  const limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  return createMiddleware<AppEnv>(async (c, next) => {
    const credential = requestHeader(c, 'authorization') ?? requestHeader(c, 'cookie');
    if (SAFE_METHODS.has(c.req.method) || !credential) return next();
    const key = createHash('sha256').update(credential).digest('base64url');
    try {
      await limiter.consume(key);
    } catch (refused) {
      if (!(refused instanceof RateLimiterRes)) throw refused;
      setResponseHeader(c, 'Retry-After', String(Math.ceil(refused.msBeforeNext / 1000)));
      return respondProblem(
        c,
        httpProblems.rateLimited,
        'Too many changes in a short time; try again shortly',
      );
    }
    await next();
  });
}
