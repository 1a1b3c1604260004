import { members, withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import type { AppEnv } from '../app-env.ts';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { problemResponse } from '../problems/problem.ts';
import { parseRoles } from './staff-roles.ts';
import type { StaffRouteDeps } from './staff-route-deps.ts';
import { ADMIN_TENANT_PATH, staffMiddleware, staffProblemResponses } from './staff-route-deps.ts';
import { memberParamsSchema } from './staff-schemas.ts';
import { lockMemberForChange } from './staff-store.ts';

export function registerDeleteMember(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'delete',
    path: `${ADMIN_TENANT_PATH}/staff/members/{memberId}`,
    tags: ['Staff'],
    summary: 'Remove a person’s access to the commune’s back-office (admin); their account stays',
    middleware: staffMiddleware(deps, 'staff:manage'),
    request: { params: memberParamsSchema },
    responses: {
      204: { description: 'Removed' },
      ...staffProblemResponses,
      404: problemResponse(
        'No such commune among yours (tenant_not_found) or no such member (member_not_found)',
      ),
      409: problemResponse('The commune would have no admin left (last_admin)'),
    },
  });
  app.openapi(route, async (c) => {
    const actor = c.var.member;
    const { tenant } = actor;
    const { memberId } = c.req.valid('param');
    await withTenant(deps.db, tenant.id, async (tx) => {
      const target = await lockMemberForChange(tx, tenant.id, memberId, []);
      await tx.delete(members).where(and(eq(members.id, memberId), eq(members.organizationId, tenant.id)));
      await recordAuditEvent(tx, {
        tenantId: tenant.id,
        actorUserId: actor.userId,
        actorEmail: actor.email,
        action: 'staff.removed',
        targetType: 'user',
        targetId: target.userId,
        ip: actor.ip,
        detail: { email: target.email, roles: parseRoles(target.role) },
      });
    });
    return c.body(null, 204);
  });
}
