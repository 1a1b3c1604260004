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
import { invitationTokenInputSchema } from './association-schemas.ts';
import { closeInvitation, openInvitationFor } from './association-store.ts';

export function registerPostAssociationInvitationDecline(
  app: OpenAPIHono<AppEnv>,
  deps: AssociationRouteDeps,
): void {
  const route = createRoute({
    method: 'post',
    path: `${ASSOCIATION_INVITATIONS_PATH}/decline`,
    tags: ['Associations'],
    summary: 'Decline the invitation of a mailed link',
    description: 'Signed in with the invited address; its link stops working and the owners see it declined.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: {
      params: tenantParamsSchema,
      body: { required: true, content: { 'application/json': { schema: invitationTokenInputSchema } } },
    },
    responses: {
      204: { description: 'Declined' },
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
    await withTenant(deps.db, tenant.id, async (tx) => {
      const invitation = await openInvitationFor(
        tx,
        tenant.id,
        hashInvitationToken(token),
        c.var.citizen.email,
      );
      await closeInvitation(tx, tenant.id, invitation.id, 'declined');
    });
    return c.body(null, 204);
  });
}
