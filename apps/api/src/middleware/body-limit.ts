import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { httpProblems } from '../problems/codes.ts';
import { respondProblem } from '../problems/respond.ts';

const BODILESS_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses bodies over `maxBytes` with 413 before any handler reads them. Requests that carry no
 * body skip the check: looking for one makes the Node adapter build a full Fetch Request, which
 * costs the read path a good part of its throughput.
 */
export function limitBody(maxBytes: number): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: (c) => respondProblem(c, httpProblems.payloadTooLarge, `At most ${maxBytes} bytes are accepted`),
  });
  return (c, next) => (BODILESS_METHODS.has(c.req.method) ? next() : limit(c, next));
}
