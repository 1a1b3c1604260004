import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { childHasEnrolments } from '../stages/enrolment-store.ts';
import { householdProblems } from './errors.ts';
import type { HouseholdRouteDeps } from './household-route-deps.ts';
import { citizenProblemResponses, ME_PATH, resolveCommune } from './household-route-deps.ts';
import { childParamsSchema } from './household-schemas.ts';
import { findChildOfHousehold, findHouseholdId, unlinkChild } from './household-store.ts';

export function registerDeleteChild(app: OpenAPIHono<AppEnv>, deps: HouseholdRouteDeps): void {
  const route = createRoute({
    method: 'delete',
    path: `${ME_PATH}/children/{childId}`,
    tags: ['Households'],
    summary: 'Remove a child from my household',
    description:
      'Unlinks the child from my household; the child’s record is deleted once no household holds it.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: { params: childParamsSchema },
    responses: {
      204: { description: 'Removed' },
      ...citizenProblemResponses,
      404: problemResponse('No such child in my household (child_not_found), or no such commune'),
      409: problemResponse('The child has stage enrolments, which keep its record (child_enrolled)'),
    },
  });
  app.openapi(route, async (c) => {
    const { tenant: slug, childId } = c.req.valid('param');
    const tenant = await resolveCommune(deps.tenants, slug);
    const { userId } = c.var.citizen;
    await withTenant(deps.db, tenant.id, async (tx) => {
      const householdId = await findHouseholdId(tx, tenant.id, userId);
      const child = householdId && (await findChildOfHousehold(tx, tenant.id, householdId, childId));
      if (!householdId || !child) throw new ProblemError(householdProblems.childNotFound);
      if (await childHasEnrolments(tx, tenant.id, childId))
        throw new ProblemError(householdProblems.childEnrolled);
      await unlinkChild(tx, tenant.id, householdId, childId);
    });
    return c.body(null, 204);
  });
}
