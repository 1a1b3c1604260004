import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { registerDeleteChild } from './delete-child.ts';
import { registerGetExport } from './get-export.ts';
import { registerGetHousehold } from './get-household.ts';
import type { HouseholdRouteDeps } from './household-route-deps.ts';
import { registerPatchChild } from './patch-child.ts';
import { registerPostChild } from './post-child.ts';
import { registerPutHousehold } from './put-household.ts';

/** The signed-in citizen's household and children in one commune: `/v1/tenants/{tenant}/me/…`. */
export function registerHouseholdRoutes(app: OpenAPIHono<AppEnv>, deps: HouseholdRouteDeps): void {
  registerGetHousehold(app, deps);
  registerPutHousehold(app, deps);
  registerPostChild(app, deps);
  registerPatchChild(app, deps);
  registerDeleteChild(app, deps);
  registerGetExport(app, deps);
}
