import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { problemResponse } from '../problems/problem.ts';
import { householdEnrolments } from '../stages/enrolment-store.ts';
import { presentEnrolments } from '../stages/present-enrolments.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import type { HouseholdRouteDeps } from './household-route-deps.ts';
import { citizenProblemResponses, ME_PATH, resolveCommune } from './household-route-deps.ts';
import { personalDataExportSchema } from './household-schemas.ts';
import { findHouseholdId, readHousehold } from './household-store.ts';

export function registerGetExport(app: OpenAPIHono<AppEnv>, deps: HouseholdRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: `${ME_PATH}/export`,
    tags: ['Households'],
    summary: 'Download everything this commune holds about me',
    description: 'GDPR access: identity, household and children, stage enrolments, as a JSON file.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: { params: tenantParamsSchema },
    responses: {
      200: {
        description: 'My data in this commune',
        headers: z.object({ 'Content-Disposition': z.string() }),
        content: { 'application/json': { schema: personalDataExportSchema } },
      },
      ...citizenProblemResponses,
      404: problemResponse('No such commune'),
    },
  });
  app.openapi(route, async (c) => {
    const tenant = await resolveCommune(deps.tenants, c.req.valid('param').tenant);
    const { userId, email, name, language } = c.var.citizen;
    const { household, enrolments } = await withTenant(deps.db, tenant.id, async (tx) => {
      const householdId = await findHouseholdId(tx, tenant.id, userId);
      if (!householdId) return { household: undefined, enrolments: [] };
      return {
        household: await readHousehold(tx, tenant.id, householdId),
        enrolments: await householdEnrolments(tx, tenant.id, householdId),
      };
    });
    const body = {
      exportedAt: new Date().toISOString(),
      commune: tenant.slug,
      identity: { email, name, language },
      household: household ?? null,
      stageEnrolments: presentEnrolments(enrolments, tenant.publicConfig.languages),
    };
    return c.json(body, 200, {
      'Content-Disposition': `attachment; filename="communa-${tenant.slug}-my-data.json"`,
    });
  });
}
