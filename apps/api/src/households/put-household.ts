import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { httpProblems } from '../problems/codes.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import type { HouseholdRouteDeps } from './household-route-deps.ts';
import { citizenProblemResponses, ME_PATH, resolveCommune } from './household-route-deps.ts';
import { declaredResidency, normaliseAddress } from './household-rules.ts';
import { householdInputSchema, householdSchema } from './household-schemas.ts';
import { communePostalCodes, readHousehold, saveHousehold } from './household-store.ts';

export function registerPutHousehold(app: OpenAPIHono<AppEnv>, deps: HouseholdRouteDeps): void {
  const route = createRoute({
    method: 'put',
    path: `${ME_PATH}/household`,
    tags: ['Households'],
    summary: 'Create or update my household’s address and phone',
    description:
      'A Belgian address needs a valid postal code; a foreign one is kept with its country. ' +
      'Residency is declared from the postal code against the commune’s own.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: {
      params: tenantParamsSchema,
      body: { required: true, content: { 'application/json': { schema: householdInputSchema } } },
    },
    responses: {
      200: { description: 'The household', content: { 'application/json': { schema: householdSchema } } },
      400: problemResponse('The address or phone is not valid; nothing was saved'),
      ...citizenProblemResponses,
      404: problemResponse('No such commune'),
    },
  });
  app.openapi(route, async (c) => {
    const tenant = await resolveCommune(deps.tenants, c.req.valid('param').tenant);
    const address = normaliseAddress(c.req.valid('json'));
    if (!address.ok) throw new ProblemError(httpProblems.validationFailed, undefined, address.errors);
    const { userId } = c.var.citizen;
    const household = await withTenant(deps.db, tenant.id, async (tx) => {
      const residency = declaredResidency(address.value, await communePostalCodes(tx, tenant.id));
      const householdId = await saveHousehold(tx, tenant.id, userId, { ...address.value, residency });
      return readHousehold(tx, tenant.id, householdId);
    });
    if (!household) throw new Error('a saved household could not be read back');
    return c.json(household, 200);
  });
}
