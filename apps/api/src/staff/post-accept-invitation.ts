import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { staffProblems } from './errors.ts';
import { invitationFor } from './get-invitation.ts';
import { requireStaffSession } from './require-staff.ts';
import { parseRoles } from './staff-roles.ts';
import type { StaffRouteDeps } from './staff-route-deps.ts';
import { ADMIN_PATH } from './staff-route-deps.ts';
import { invitationParamsSchema } from './staff-schemas.ts';

export function registerPostAcceptInvitation(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'post',
    path: `${ADMIN_PATH}/invitations/{invitationId}/accept`,
    tags: ['Staff'],
    summary: 'Accept an invitation: the signed-in person joins the commune’s staff with its roles',
    middleware: [requireStaffSession(deps)] as const,
    request: { params: invitationParamsSchema },
    responses: {
      200: {
        description: 'Joined',
        content: {
          'application/json': { schema: z.object({ slug: z.string() }).openapi('AcceptedInvitation') },
        },
      },
      401: problemResponse('Not signed in to the back-office (unauthorized)'),
      403: problemResponse('The request came from another site (cross_site_request)'),
      404: problemResponse('No such invitation for this person (invitation_not_found)'),
      409: problemResponse('Already used, cancelled or expired (invitation_closed)'),
    },
  });
  app.openapi(route, async (c) => {
    const person = c.var.staff;
    const invitation = await invitationFor(deps, c.req.valid('param').invitationId, person);
    if (invitation.status !== 'pending' || invitation.expiresAt.getTime() <= Date.now()) {
      throw new ProblemError(staffProblems.invitationClosed);
    }
    // better-auth checks the address again, adds the membership and closes the invitation.
    await deps.auth.api.acceptInvitation({
      headers: c.req.raw.headers,
      body: { invitationId: invitation.id },
    });
    await withTenant(deps.db, invitation.organizationId, (tx) =>
      recordAuditEvent(tx, {
        tenantId: invitation.organizationId,
        actorUserId: person.userId,
        actorEmail: person.email,
        action: 'staff.joined',
        targetType: 'invitation',
        targetId: invitation.id,
        ip: person.ip,
        detail: { roles: parseRoles(invitation.role) },
      }),
    );
    return c.json({ slug: invitation.slug }, 200);
  });
}
