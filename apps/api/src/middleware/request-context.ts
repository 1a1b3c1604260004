import { randomUUID } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import type { Logger } from 'pino';
import type { AppEnv } from '../app-env.ts';
import { requestHeader, setResponseHeader } from '../http/node-headers.ts';

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{8,128}$/;

/**
 * Gives each request an id, kept from a sane incoming X-Request-Id (a proxy's) or made anew, and
 * echoed in the answer; binds a logger carrying it; writes one access line per request. No IP
 * address and no query string is logged: anonymous routes must leave nothing that identifies the
 * citizen, and query strings may carry personal data.
 */
export function requestContext(logger: Logger) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now();
    const incoming = requestHeader(c, 'x-request-id');
    const id = incoming && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
    const child = logger.child({ reqId: id });
    c.set('requestId', id);
    c.set('logger', child);
    setResponseHeader(c, 'X-Request-Id', id);
    await next();
    child.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      'request',
    );
  });
}
