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
import { healthSheetProblems } from './errors.ts';
import { openSheet } from './health-sheet-codec.ts';
import type { HealthSheetRouteDeps } from './health-sheet-route-deps.ts';
import { HEALTH_SHEET_PATH } from './health-sheet-route-deps.ts';
import { healthSheetSchema } from './health-sheet-schemas.ts';
import { readSealedSheets } from './health-sheet-store.ts';

export function registerGetHealthSheet(app: OpenAPIHono<AppEnv>, deps: HealthSheetRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: HEALTH_SHEET_PATH,
    tags: ['Households'],
    summary: 'The health sheet of a child of my household',
    middleware: [requireCitizen(deps.auth)] as const,
    request: { params: childParamsSchema },
    responses: {
      200: { description: 'The sheet', content: { 'application/json': { schema: healthSheetSchema } } },
      ...citizenProblemResponses,
      404: problemResponse(
        'No such child in my household (child_not_found), no sheet yet (health_sheet_not_found), or no such commune',
      ),
    },
  });
  app.openapi(route, async (c) => {
    const { tenant: slug, childId } = c.req.valid('param');
    const tenant = await resolveCommune(deps.tenants, slug);
    const { userId } = c.var.citizen;
    const sheet = await withTenant(deps.db, tenant.id, async (tx) => {
      const householdId = await findHouseholdId(tx, tenant.id, userId);
      const child = householdId && (await findChildOfHousehold(tx, tenant.id, householdId, childId));
      if (!child) throw new ProblemError(householdProblems.childNotFound);
      const [sealed] = await readSealedSheets(tx, tenant.id, [childId]);
      if (!sealed) throw new ProblemError(healthSheetProblems.sheetNotFound);
      const content = openSheet(deps.keys, { tenantId: tenant.id, childId }, sealed);
      return { ...content, updatedAt: sealed.updatedAt.toISOString() };
    });
    return c.json(sheet, 200);
  });
}
