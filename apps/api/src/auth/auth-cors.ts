import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env.ts';
import { requestHeader } from '../http/node-headers.ts';
import { httpProblems } from '../problems/codes.ts';
import { respondProblem } from '../problems/respond.ts';
import type { EmbeddingOrigins } from './embedding-origins.ts';

const ALLOWED_METHODS = 'GET, POST';
const ALLOWED_HEADERS = 'Authorization, Content-Type, Accept-Language, X-Communa-Tenant';
const EXPOSED_HEADERS = 'set-auth-token, X-Request-Id, Retry-After';

/**
 * CORS for `/api/auth/*`, which belongs to no one commune: any origin that some active commune
 * embeds from (or the API's own) may call; others are refused with 403. No credentials mode: the
 * citizen's token travels in `Authorization`, never in a cookie.
 */
export function authCors(origins: EmbeddingOrigins, ownOrigin: string) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const origin = requestHeader(c, 'origin');
    if (origin && origin !== ownOrigin && !(await origins.allows(origin))) {
      return respondProblem(c, httpProblems.originNotAllowed, `${origin} embeds no commune of this platform`);
    }
    if (c.req.method === 'OPTIONS') {
      const headers: Record<string, string> = {
        'Access-Control-Allow-Methods': ALLOWED_METHODS,
        'Access-Control-Allow-Headers': ALLOWED_HEADERS,
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      };
      if (origin) headers['Access-Control-Allow-Origin'] = origin;
      return c.body(null, 204, headers);
    }
    await next();
    // Set on the answer itself: better-auth's own CORS-related headers would otherwise win.
    c.res.headers.set('Vary', 'Origin');
    if (origin) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    }
  });
}
