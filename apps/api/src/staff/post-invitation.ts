import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import { staffProblems } from './errors.ts';
import { normalizeRoles } from './staff-roles.ts';
import type { StaffRouteDeps } from './staff-route-deps.ts';
import { ADMIN_TENANT_PATH, staffMiddleware, staffProblemResponses } from './staff-route-deps.ts';
import { invitationInputSchema, staffInvitationSchema } from './staff-schemas.ts';
import { existingStaffFor, findInvitation, toInvitationView } from './staff-store.ts';

export function registerPostInvitation(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'post',
    path: `${ADMIN_TENANT_PATH}/staff/invitations`,
    tags: ['Staff'],
    summary: 'Invite someone to the commune’s staff with given roles (admin); they are e-mailed a link',
    middleware: staffMiddleware(deps, 'staff:manage'),
    request: {
      params: tenantParamsSchema,
      body: { required: true, content: { 'application/json': { schema: invitationInputSchema } } },
    },
    responses: {
      201: { description: 'Invited', content: { 'application/json': { schema: staffInvitationSchema } } },
      ...staffProblemResponses,
      409: problemResponse('Already staff (already_staff) or already invited (already_invited)'),
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { tenant } = member;
    const body = c.req.valid('json');
    const email = body.email.toLowerCase();
    const roles = normalizeRoles(body.roles);
    const existing = await existingStaffFor(deps.db, tenant.id, email);
    if (existing === 'member') throw new ProblemError(staffProblems.alreadyStaff);
    if (existing === 'invited') throw new ProblemError(staffProblems.alreadyInvited);
    // better-auth writes the invitation and mails it (staff-invitation-sender.ts).
    const created = await deps.auth.api.createInvitation({
      headers: c.req.raw.headers,
      body: { email, role: roles, organizationId: tenant.id },
    });
    const invitation = await findInvitation(deps.db, created.id);
    if (!invitation) throw new Error('the invitation just created is missing');
    await withTenant(deps.db, tenant.id, (tx) =>
      recordAuditEvent(tx, {
        tenantId: tenant.id,
        actorUserId: member.userId,
        actorEmail: member.email,
        action: 'staff.invited',
        targetType: 'invitation',
        targetId: invitation.id,
        ip: member.ip,
        detail: { email, roles },
      }),
    );
    return c.json(toInvitationView(invitation), 201);
  });
}
