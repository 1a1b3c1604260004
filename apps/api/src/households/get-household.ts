import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import { householdProblems } from './errors.ts';
import type { HouseholdRouteDeps } from './household-route-deps.ts';
import { citizenProblemResponses, ME_PATH, resolveCommune } from './household-route-deps.ts';
import { householdSchema } from './household-schemas.ts';
import { findHouseholdId, readHousehold } from './household-store.ts';

export function registerGetHousehold(app: OpenAPIHono<AppEnv>, deps: HouseholdRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: `${ME_PATH}/household`,
    tags: ['Households'],
    summary: 'My household in this commune, with its children',
    middleware: [requireCitizen(deps.auth)] as const,
    request: { params: tenantParamsSchema },
    responses: {
      200: { description: 'The household', content: { 'application/json': { schema: householdSchema } } },
      ...citizenProblemResponses,
      404: problemResponse('No household in this commune yet (household_not_found), or no such commune'),
    },
  });
  app.openapi(route, async (c) => {
    const tenant = await resolveCommune(deps.tenants, c.req.valid('param').tenant);
    const { userId } = c.var.citizen;
    const household = await withTenant(deps.db, tenant.id, async (tx) => {
      const householdId = await findHouseholdId(tx, tenant.id, userId);
      return householdId ? readHousehold(tx, tenant.id, householdId) : undefined;
    });
    if (!household) throw new ProblemError(householdProblems.householdNotFound);
    return c.json(household, 200);
  });
}
