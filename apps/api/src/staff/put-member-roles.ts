import { members, withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import type { AppEnv } from '../app-env.ts';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { problemResponse } from '../problems/problem.ts';
import { normalizeRoles, parseRoles } from './staff-roles.ts';
import type { StaffRouteDeps } from './staff-route-deps.ts';
import { ADMIN_TENANT_PATH, staffMiddleware, staffProblemResponses } from './staff-route-deps.ts';
import { memberParamsSchema, rolesInputSchema, staffMemberSchema } from './staff-schemas.ts';
import { lockMemberForChange, toMemberView } from './staff-store.ts';

export function registerPutMemberRoles(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'put',
    path: `${ADMIN_TENANT_PATH}/staff/members/{memberId}/roles`,
    tags: ['Staff'],
    summary: 'Set a staff member’s roles in the commune (admin)',
    middleware: staffMiddleware(deps, 'staff:manage'),
    request: {
      params: memberParamsSchema,
      body: { required: true, content: { 'application/json': { schema: rolesInputSchema } } },
    },
    responses: {
      200: { description: 'The member', content: { 'application/json': { schema: staffMemberSchema } } },
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
    const roles = normalizeRoles(c.req.valid('json').roles);
    const updated = await withTenant(deps.db, tenant.id, async (tx) => {
      const target = await lockMemberForChange(tx, tenant.id, memberId, roles);
      const role = roles.join(',');
      await tx
        .update(members)
        .set({ role })
        .where(and(eq(members.id, memberId), eq(members.organizationId, tenant.id)));
      await recordAuditEvent(tx, {
        tenantId: tenant.id,
        actorUserId: actor.userId,
        actorEmail: actor.email,
        action: 'staff.roles_changed',
        targetType: 'user',
        targetId: target.userId,
        ip: actor.ip,
        detail: { email: target.email, from: parseRoles(target.role), to: roles },
      });
      return { ...target, role };
    });
    return c.json(toMemberView(updated), 200);
  });
}
