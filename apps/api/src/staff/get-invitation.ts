import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { staffProblems } from './errors.ts';
import type { StaffPerson } from './require-staff.ts';
import { requireStaffSession } from './require-staff.ts';
import { parseRoles } from './staff-roles.ts';
import type { StaffRouteDeps } from './staff-route-deps.ts';
import { ADMIN_PATH } from './staff-route-deps.ts';
import { invitationParamsSchema, invitationViewSchema } from './staff-schemas.ts';
import { findInvitation } from './staff-store.ts';

/** The invitation addressed to the signed-in person, or 404: nobody else learns it exists. */
export async function invitationFor(deps: StaffRouteDeps, invitationId: string, person: StaffPerson) {
  const invitation = await findInvitation(deps.db, invitationId);
  if (!invitation || invitation.email.toLowerCase() !== person.email.toLowerCase()) {
    throw new ProblemError(staffProblems.invitationNotFound);
  }
  return invitation;
}

export function registerGetInvitation(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: `${ADMIN_PATH}/invitations/{invitationId}`,
    tags: ['Staff'],
    summary: 'An invitation to a commune’s staff, for the person it is addressed to',
    middleware: [requireStaffSession(deps)] as const,
    request: { params: invitationParamsSchema },
    responses: {
      200: {
        description: 'The invitation',
        content: { 'application/json': { schema: invitationViewSchema } },
      },
      401: problemResponse('Not signed in to the back-office (unauthorized)'),
      404: problemResponse('No such invitation for this person (invitation_not_found)'),
    },
  });
  app.openapi(route, async (c) => {
    const invitation = await invitationFor(deps, c.req.valid('param').invitationId, c.var.staff);
    const organization = await deps.tenants.resolve(invitation.slug);
    if (!organization) throw new ProblemError(staffProblems.invitationNotFound);
    const expired = invitation.expiresAt.getTime() <= Date.now();
    return c.json(
      {
        id: invitation.id,
        tenant: { slug: organization.slug, names: organization.publicConfig.name },
        roles: parseRoles(invitation.role),
        status: expired && invitation.status === 'pending' ? 'canceled' : invitation.status,
        expiresAt: invitation.expiresAt.toISOString(),
      },
      200,
    );
  });
}
