import { z } from '@hono/zod-openapi';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env.ts';
import { requestHeader, setResponseHeader } from '../http/node-headers.ts';
import { httpProblems } from '../problems/codes.ts';
import { respondProblem } from '../problems/respond.ts';
import { fieldErrorsFromZod } from '../problems/zod-errors.ts';
import { tenantProblems } from '../tenants/errors.ts';
import type { TenantDirectory } from '../tenants/tenant-directory.ts';
import type { AddressLimiter } from './address-limiter.ts';
import { authProblems } from './errors.ts';
import { TENANT_HEADER } from './sign-in-code-sender.ts';

/** What a widget may send to ask for a code: citizens only ever sign in with it. */
const sendCodeBodySchema = z.strictObject({
  email: z.email().max(254),
  type: z.literal('sign-in'),
});

/**
 * Runs before better-auth on "send me a code": the commune must exist (its brand goes on the mail),
 * the body must be a sign-in request, and one address receives only so many codes per window.
 * The back-office (the API's own origin) names no commune: its code is mailed only to staff.
 */
export function sendCodeGuard(tenants: TenantDirectory, perAddress: AddressLimiter, ownOrigin: string) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const slug = requestHeader(c, TENANT_HEADER);
    if (!slug) {
      if (requestHeader(c, 'origin') !== ownOrigin) return respondProblem(c, authProblems.tenantRequired);
    } else if (!(await tenants.resolve(slug))) {
      return respondProblem(c, tenantProblems.notFound, `No commune “${slug}” on this platform`);
    }
    // Read from a copy: better-auth reads the request's own body afterwards.
    const raw: unknown = await c.req.raw
      .clone()
      .json()
      .catch(() => undefined);
    if (raw === undefined) return respondProblem(c, httpProblems.malformedBody);
    const body = sendCodeBodySchema.safeParse(raw);
    if (!body.success) {
      return respondProblem(c, httpProblems.validationFailed, undefined, fieldErrorsFromZod(body.error));
    }
    const wait = perAddress.take(body.data.email.toLowerCase());
    if (wait > 0) {
      setResponseHeader(c, 'Retry-After', String(wait));
      return respondProblem(c, authProblems.rateLimited, 'Too many codes asked for this address');
    }
    await next();
  });
}
