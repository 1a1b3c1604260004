import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { problemResponse } from '../problems/problem.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import type { CoParentRouteDeps } from './co-parent-route-deps.ts';
import { CO_PARENT_PATH } from './co-parent-route-deps.ts';
import { coParentInvitationsSchema } from './co-parent-schemas.ts';
import { listCoParentInvitations, toInvitationViews } from './co-parent-store.ts';
import { citizenProblemResponses, resolveCommune } from './household-route-deps.ts';
import { findHouseholdId } from './household-store.ts';

export function registerGetCoParentInvitations(app: OpenAPIHono<AppEnv>, deps: CoParentRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: CO_PARENT_PATH,
    tags: ['Households'],
    summary: 'Invitations my household sent to another parent, and those waiting for me',
    middleware: [requireCitizen(deps.auth)] as const,
    request: { params: tenantParamsSchema },
    responses: {
      200: {
        description: 'Invitations',
        content: { 'application/json': { schema: coParentInvitationsSchema } },
      },
      ...citizenProblemResponses,
      404: problemResponse('No such commune'),
    },
  });
  app.openapi(route, async (c) => {
    const tenant = await resolveCommune(deps.tenants, c.req.valid('param').tenant);
    const { userId, email } = c.var.citizen;
    const now = new Date();
    const result = await withTenant(deps.db, tenant.id, async (tx) => {
      const householdId = await findHouseholdId(tx, tenant.id, userId);
      const rows = await listCoParentInvitations(tx, tenant.id, householdId, email);
      const views = await toInvitationViews(tx, tenant.id, rows, now);
      return {
        sent: views.filter((_, i) => rows[i]?.householdId === householdId),
        received: views.filter((v, i) => rows[i]?.householdId !== householdId && v.status === 'pending'),
      };
    });
    return c.json(result, 200);
  });
}
