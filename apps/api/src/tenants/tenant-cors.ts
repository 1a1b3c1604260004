import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env.ts';
import { requestHeader, setResponseHeader } from '../http/node-headers.ts';
import { httpProblems } from '../problems/codes.ts';
import { respondProblem } from '../problems/respond.ts';
import { tenantProblems } from './errors.ts';
import type { TenantDirectory } from './tenant-directory.ts';

const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE';
// X-Communa-Proof, X-Communa-Case-Secret and X-Communa-File-Name: anonymous forms' proof of work, a case's
// follow-up, and the name of an uploaded file (its body is the file).
const ALLOWED_HEADERS =
  'Authorization, Content-Type, Idempotency-Key, If-None-Match, Accept-Language, X-Communa-Proof, X-Communa-Case-Secret, X-Communa-File-Name';
const EXPOSED_HEADERS = 'ETag, X-Request-Id, Retry-After';

/**
 * CORS for `/v1/tenants/{tenant}/…`: only the origins the commune lists (and the API's own) may
 * read its answers; any other origin is refused with 403. An unknown commune answers 404 readable
 * from anywhere, so a typo in an embed shows as "no such commune", not as a CORS failure.
 */
export function tenantCors(directory: TenantDirectory, ownOrigin: string) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const slug = c.req.param('tenant') ?? '';
    const tenant = await directory.resolve(slug);
    if (!tenant) {
      setResponseHeader(c, 'Access-Control-Allow-Origin', '*');
      return respondProblem(c, tenantProblems.notFound, `No commune “${slug}” on this platform`);
    }
    const origin = requestHeader(c, 'origin');
    setResponseHeader(c, 'Vary', 'Origin');
    if (origin && origin !== ownOrigin && !tenant.allowedOrigins.has(origin)) {
      return respondProblem(
        c,
        httpProblems.originNotAllowed,
        `${origin} is not among ${slug}’s embedding sites`,
      );
    }
    if (origin) {
      setResponseHeader(c, 'Access-Control-Allow-Origin', origin);
      setResponseHeader(c, 'Access-Control-Expose-Headers', EXPOSED_HEADERS);
    }
    if (c.req.method === 'OPTIONS') {
      setResponseHeader(c, 'Access-Control-Allow-Methods', ALLOWED_METHODS);
      setResponseHeader(c, 'Access-Control-Allow-Headers', ALLOWED_HEADERS);
      setResponseHeader(c, 'Access-Control-Max-Age', '600');
      return c.body(null, 204);
    }
    await next();
  });
}
