import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { httpProblems } from '../problems/codes.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import { brusselsToday, checkChild } from './child-rules.ts';
import { householdProblems } from './errors.ts';
import type { HouseholdRouteDeps } from './household-route-deps.ts';
import { citizenProblemResponses, ME_PATH, resolveCommune } from './household-route-deps.ts';
import { childInputSchema, childSchema } from './household-schemas.ts';
import { addChild, findHouseholdId } from './household-store.ts';

export function registerPostChild(app: OpenAPIHono<AppEnv>, deps: HouseholdRouteDeps): void {
  const route = createRoute({
    method: 'post',
    path: `${ME_PATH}/children`,
    tags: ['Households'],
    summary: 'Add a child to my household',
    description:
      'The NISS is optional; when given, its checksum is checked and the birth date it encodes must ' +
      'match (niss_birth_date_mismatch). The birth date is not in the future nor more than 25 years ago.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: {
      params: tenantParamsSchema,
      body: { required: true, content: { 'application/json': { schema: childInputSchema } } },
    },
    responses: {
      201: { description: 'The child', content: { 'application/json': { schema: childSchema } } },
      400: problemResponse('The child’s data is not valid; nothing was saved'),
      ...citizenProblemResponses,
      404: problemResponse('No such commune'),
      409: problemResponse('No household yet: give the address first (household_required)'),
    },
  });
  app.openapi(route, async (c) => {
    const tenant = await resolveCommune(deps.tenants, c.req.valid('param').tenant);
    const input = c.req.valid('json');
    const checked = checkChild(input, brusselsToday(new Date()));
    if (!checked.ok) throw new ProblemError(httpProblems.validationFailed, undefined, checked.errors);
    const { userId } = c.var.citizen;
    const child = await withTenant(deps.db, tenant.id, async (tx) => {
      const householdId = await findHouseholdId(tx, tenant.id, userId);
      if (!householdId) throw new ProblemError(householdProblems.householdRequired);
      return addChild(tx, tenant.id, householdId, {
        firstName: input.firstName,
        lastName: input.lastName,
        birthDate: input.birthDate,
        niss: checked.niss,
      });
    });
    return c.json(child, 201);
  });
}
