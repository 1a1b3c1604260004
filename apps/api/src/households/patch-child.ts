import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { httpProblems } from '../problems/codes.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { brusselsToday, checkChild } from './child-rules.ts';
import { householdProblems } from './errors.ts';
import type { HouseholdRouteDeps } from './household-route-deps.ts';
import { citizenProblemResponses, ME_PATH, resolveCommune } from './household-route-deps.ts';
import { childParamsSchema, childPatchSchema, childSchema } from './household-schemas.ts';
import { findChildOfHousehold, findHouseholdId, updateChild } from './household-store.ts';

export function registerPatchChild(app: OpenAPIHono<AppEnv>, deps: HouseholdRouteDeps): void {
  const route = createRoute({
    method: 'patch',
    path: `${ME_PATH}/children/{childId}`,
    tags: ['Households'],
    summary: 'Correct a child of my household',
    description:
      'Only the fields sent change; `niss: null` removes the NISS. The result is checked as a whole.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: {
      params: childParamsSchema,
      body: { required: true, content: { 'application/json': { schema: childPatchSchema } } },
    },
    responses: {
      200: { description: 'The child', content: { 'application/json': { schema: childSchema } } },
      400: problemResponse('The child’s data is not valid; nothing was saved'),
      ...citizenProblemResponses,
      404: problemResponse('No such child in my household (child_not_found), or no such commune'),
    },
  });
  app.openapi(route, async (c) => {
    const { tenant: slug, childId } = c.req.valid('param');
    const tenant = await resolveCommune(deps.tenants, slug);
    const patch = c.req.valid('json');
    const { userId } = c.var.citizen;
    const child = await withTenant(deps.db, tenant.id, async (tx) => {
      const householdId = await findHouseholdId(tx, tenant.id, userId);
      const current = householdId && (await findChildOfHousehold(tx, tenant.id, householdId, childId));
      if (!current) throw new ProblemError(householdProblems.childNotFound);
      const merged = {
        ...current,
        ...(patch.firstName === undefined ? {} : { firstName: patch.firstName }),
        ...(patch.lastName === undefined ? {} : { lastName: patch.lastName }),
        ...(patch.birthDate === undefined ? {} : { birthDate: patch.birthDate }),
        ...(patch.niss === undefined ? {} : { niss: patch.niss }),
      };
      const checked = checkChild(merged, brusselsToday(new Date()));
      if (!checked.ok) throw new ProblemError(httpProblems.validationFailed, undefined, checked.errors);
      const updated = { ...merged, niss: checked.niss };
      await updateChild(tx, tenant.id, updated);
      return updated;
    });
    return c.json(child, 200);
  });
}
