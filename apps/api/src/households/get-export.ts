import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import type { HealthKeyring } from '../health-sheets/health-keys.ts';
import { openSheet } from '../health-sheets/health-sheet-codec.ts';
import { readSealedSheets } from '../health-sheets/health-sheet-store.ts';
import { problemResponse } from '../problems/problem.ts';
import { householdEnrolments } from '../stages/enrolment-store.ts';
import { presentEnrolments } from '../stages/present-enrolments.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import type { HouseholdRouteDeps } from './household-route-deps.ts';
import { citizenProblemResponses, ME_PATH, resolveCommune } from './household-route-deps.ts';
import { personalDataExportSchema } from './household-schemas.ts';
import { findHouseholdId, readHousehold } from './household-store.ts';

export function registerGetExport(
  app: OpenAPIHono<AppEnv>,
  deps: HouseholdRouteDeps & { healthKeys: HealthKeyring },
): void {
  const route = createRoute({
    method: 'get',
    path: `${ME_PATH}/export`,
    tags: ['Households'],
    summary: 'Download everything this commune holds about me',
    description:
      'GDPR access: identity, household and children, the children’s health sheets, stage enrolments, as a JSON file.',
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
    const { household, enrolments, healthSheets } = await withTenant(deps.db, tenant.id, async (tx) => {
      const householdId = await findHouseholdId(tx, tenant.id, userId);
      if (!householdId) return { household: undefined, enrolments: [], healthSheets: [] };
      const household = await readHousehold(tx, tenant.id, householdId);
      const childIds = household?.children.map((child) => child.id) ?? [];
      const sealed = await readSealedSheets(tx, tenant.id, childIds);
      return {
        household,
        enrolments: await householdEnrolments(tx, tenant.id, householdId),
        healthSheets: sealed.map((row) => ({
          childId: row.childId,
          sheet: {
            ...openSheet(deps.healthKeys, { tenantId: tenant.id, childId: row.childId }, row),
            updatedAt: row.updatedAt.toISOString(),
          },
        })),
      };
    });
    const body = {
      exportedAt: new Date().toISOString(),
      commune: tenant.slug,
      identity: { email, name, language },
      household: household ?? null,
      stageEnrolments: presentEnrolments(enrolments, tenant.publicConfig.languages),
      healthSheets,
    };
    return c.json(body, 200, {
      'Content-Disposition': `attachment; filename="communa-${tenant.slug}-my-data.json"`,
    });
  });
}
