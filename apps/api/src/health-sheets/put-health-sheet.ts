import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { householdProblems } from '../households/errors.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { childParamsSchema } from '../households/household-schemas.ts';
import { findChildOfHousehold, findHouseholdId } from '../households/household-store.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { sealHealthData } from './health-crypto.ts';
import type { HealthSheetRouteDeps } from './health-sheet-route-deps.ts';
import { HEALTH_SHEET_PATH } from './health-sheet-route-deps.ts';
import { healthSheetInputSchema, healthSheetSchema } from './health-sheet-schemas.ts';
import { saveSealedSheet } from './health-sheet-store.ts';

export function registerPutHealthSheet(app: OpenAPIHono<AppEnv>, deps: HealthSheetRouteDeps): void {
  const route = createRoute({
    method: 'put',
    path: HEALTH_SHEET_PATH,
    tags: ['Households'],
    summary: 'Write the health sheet of a child of my household',
    description:
      'Replaces the whole sheet. Stored encrypted; the animators of the child’s sessions read what they need, and every such read is recorded.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: {
      params: childParamsSchema,
      body: { required: true, content: { 'application/json': { schema: healthSheetInputSchema } } },
    },
    responses: {
      200: { description: 'The sheet', content: { 'application/json': { schema: healthSheetSchema } } },
      400: problemResponse('The sheet is not valid; nothing was saved'),
      ...citizenProblemResponses,
      404: problemResponse('No such child in my household (child_not_found), or no such commune'),
    },
  });
  app.openapi(route, async (c) => {
    const { tenant: slug, childId } = c.req.valid('param');
    const tenant = await resolveCommune(deps.tenants, slug);
    const content = c.req.valid('json');
    const { userId } = c.var.citizen;
    const updatedAt = await withTenant(deps.db, tenant.id, async (tx) => {
      const householdId = await findHouseholdId(tx, tenant.id, userId);
      const child = householdId && (await findChildOfHousehold(tx, tenant.id, householdId, childId));
      if (!child) throw new ProblemError(householdProblems.childNotFound);
      const sealed = sealHealthData(deps.keys, { tenantId: tenant.id, childId }, content);
      return saveSealedSheet(tx, tenant.id, childId, sealed, userId);
    });
    return c.json({ ...content, updatedAt: updatedAt.toISOString() }, 200);
  });
}
