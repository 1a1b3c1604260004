import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { registerPostErasureRequest } from './post-erasure-request.ts';
import type { PrivacyRouteDeps } from './privacy-route-deps.ts';

/** The signed-in citizen's GDPR requests to one commune: `/v1/tenants/{tenant}/me/…`. */
export function registerPrivacyRoutes(app: OpenAPIHono<AppEnv>, deps: PrivacyRouteDeps): void {
  registerPostErasureRequest(app, deps);
}
