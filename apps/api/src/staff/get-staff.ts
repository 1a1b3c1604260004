import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import type { StaffRouteDeps } from './staff-route-deps.ts';
import { ADMIN_TENANT_PATH, staffMiddleware, staffProblemResponses } from './staff-route-deps.ts';
import { staffListSchema } from './staff-schemas.ts';
import { listMembers, listPendingInvitations } from './staff-store.ts';

export function registerGetStaff(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: `${ADMIN_TENANT_PATH}/staff`,
    tags: ['Staff'],
    summary: 'The commune’s staff and pending invitations (admin)',
    middleware: staffMiddleware(deps, 'staff:manage'),
    request: { params: tenantParamsSchema },
    responses: {
      200: {
        description: 'Staff and invitations',
        content: { 'application/json': { schema: staffListSchema } },
      },
      ...staffProblemResponses,
    },
  });
  app.openapi(route, async (c) => {
    const { tenant } = c.var.member;
    const [members, invitations] = await Promise.all([
      listMembers(deps.db, tenant.id),
      listPendingInvitations(deps.db, tenant.id),
    ]);
    return c.json({ members, invitations }, 200);
  });
}
