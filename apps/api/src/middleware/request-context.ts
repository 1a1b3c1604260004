import { createMiddleware } from 'hono/factory';
import { requestId } from 'hono/request-id';
import type { Logger } from 'pino';
import type { AppEnv } from '../app-env.ts';

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{8,128}$/;

/** Gives each request an id (kept from a sane incoming X-Request-Id) echoed in the answer. */
export const requestIdentity = requestId({
  generator: () => crypto.randomUUID(),
  limitLength: 128,
});

/**
 * Binds a child logger carrying the request id and writes one access line per request. No IP
 * address and no query string is logged: anonymous routes must leave nothing that identifies
 * the citizen, and query strings may carry personal data.
 */
export function accessLog(logger: Logger) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now();
    const id = c.get('requestId');
    const child = logger.child({ reqId: REQUEST_ID_PATTERN.test(id) ? id : 'invalid' });
    c.set('logger', child);
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
