import { invitations, withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import type { AppEnv } from '../app-env.ts';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { staffProblems } from './errors.ts';
import type { StaffRouteDeps } from './staff-route-deps.ts';
import { ADMIN_TENANT_PATH, staffMiddleware, staffProblemResponses } from './staff-route-deps.ts';
import { tenantInvitationParamsSchema } from './staff-schemas.ts';

export function registerDeleteInvitation(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'delete',
    path: `${ADMIN_TENANT_PATH}/staff/invitations/{invitationId}`,
    tags: ['Staff'],
    summary: 'Cancel a pending invitation (admin)',
    middleware: staffMiddleware(deps, 'staff:manage'),
    request: { params: tenantInvitationParamsSchema },
    responses: {
      204: { description: 'Cancelled' },
      ...staffProblemResponses,
      404: problemResponse(
        'No such commune among yours (tenant_not_found), or no such pending invitation (invitation_not_found)',
      ),
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { tenant } = member;
    const { invitationId } = c.req.valid('param');
    await withTenant(deps.db, tenant.id, async (tx) => {
      const [cancelled] = await tx
        .update(invitations)
        .set({ status: 'canceled' })
        .where(
          and(
            eq(invitations.id, invitationId),
            eq(invitations.organizationId, tenant.id),
            eq(invitations.status, 'pending'),
          ),
        )
        .returning({ email: invitations.email });
      if (!cancelled) throw new ProblemError(staffProblems.invitationNotFound);
      await recordAuditEvent(tx, {
        tenantId: tenant.id,
        actorUserId: member.userId,
        actorEmail: member.email,
        action: 'staff.invitation_cancelled',
        targetType: 'invitation',
        targetId: invitationId,
        ip: member.ip,
        detail: { email: cancelled.email },
      });
    });
    return c.body(null, 204);
  });
}
