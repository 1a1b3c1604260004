import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { httpProblems } from '../problems/codes.ts';
import { respondProblem } from '../problems/respond.ts';

const BODILESS_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Form uploads are bounded by their field's maxSize, opinion files by their own limit, which
 * their routes enforce themselves.
 */
const UPLOAD_PATHS = [
  /^\/v1\/tenants\/[^/]+\/forms\/[^/]+\/uploads$/,
  /^\/v1\/admin\/tenants\/[^/]+\/event-requests\/[^/]+\/opinions\/[^/]+\/attachments$/,
];

/**
 * Refuses bodies over `maxBytes` with 413 before any handler reads them. Requests that carry no
 * body skip the check: looking for one makes the Node adapter build a full Fetch Request, which
 * costs the read path a good part of its throughput. Uploads skip it too: their routes have their own limits.
 */
export function limitBody(maxBytes: number): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: (c) => respondProblem(c, httpProblems.payloadTooLarge, `At most ${maxBytes} bytes are accepted`),
  });
  return (c, next) =>
    BODILESS_METHODS.has(c.req.method) || UPLOAD_PATHS.some((path) => path.test(c.req.path))
      ? next()
      : limit(c, next);
}
