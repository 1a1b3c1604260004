import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { problemResponse } from '../problems/problem.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import { hashInvitationToken } from './association-invitation-token.ts';
import type { AssociationRouteDeps } from './association-route-deps.ts';
import { ASSOCIATION_INVITATIONS_PATH } from './association-route-deps.ts';
import { associationSchema, invitationTokenInputSchema } from './association-schemas.ts';
import {
  addMember,
  closeInvitation,
  lockMyAssociation,
  openInvitationFor,
  presentAssociation,
} from './association-store.ts';

export function registerPostAssociationInvitationAcceptance(
  app: OpenAPIHono<AppEnv>,
  deps: AssociationRouteDeps,
): void {
  const route = createRoute({
    method: 'post',
    path: `${ASSOCIATION_INVITATIONS_PATH}/acceptance`,
    tags: ['Associations'],
    summary: 'Accept the invitation of a mailed link: I join the association',
    description:
      'Signed in with the invited address. I then see and edit its drafts and see its requests. Someone ' +
      'already a member keeps their role.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: {
      params: tenantParamsSchema,
      body: { required: true, content: { 'application/json': { schema: invitationTokenInputSchema } } },
    },
    responses: {
      200: {
        description: 'The association joined',
        content: { 'application/json': { schema: associationSchema } },
      },
      400: problemResponse('Not valid'),
      ...citizenProblemResponses,
      404: problemResponse(
        'No such invitation for my address (association_invitation_not_found), or no such commune',
      ),
      409: problemResponse('Already answered, cancelled or expired (association_invitation_closed)'),
    },
  });
  app.openapi(route, async (c) => {
    const tenant = await resolveCommune(deps.tenants, c.req.valid('param').tenant);
    const { token } = c.req.valid('json');
    const { userId, email } = c.var.citizen;
    const view = await withTenant(deps.db, tenant.id, async (tx) => {
      const invitation = await openInvitationFor(tx, tenant.id, hashInvitationToken(token), email);
      await addMember(tx, tenant.id, invitation.associationId, userId, invitation.role);
      await closeInvitation(tx, tenant.id, invitation.id, 'accepted');
      const { row, role } = await lockMyAssociation(tx, tenant.id, invitation.associationId, userId);
      return presentAssociation(tx, row, role, new Date());
    });
    return c.json(view, 200);
  });
}
