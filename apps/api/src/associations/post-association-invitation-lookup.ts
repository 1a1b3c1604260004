import { associations, users, withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { problemResponse } from '../problems/problem.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import { hashInvitationToken } from './association-invitation-token.ts';
import type { AssociationRouteDeps } from './association-route-deps.ts';
import { ASSOCIATION_INVITATIONS_PATH } from './association-route-deps.ts';
import { invitationTokenInputSchema, receivedInvitationSchema } from './association-schemas.ts';
import { openInvitationFor } from './association-store.ts';

export function registerPostAssociationInvitationLookup(
  app: OpenAPIHono<AppEnv>,
  deps: AssociationRouteDeps,
): void {
  const route = createRoute({
    method: 'post',
    path: `${ASSOCIATION_INVITATIONS_PATH}/lookup`,
    tags: ['Associations'],
    summary: 'What the invitation of a mailed link is, before answering it',
    description:
      'The association, who invited me and as what. The token travels in the body, not the URL, so it is ' +
      'never logged. Only for the address it was sent to.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: {
      params: tenantParamsSchema,
      body: { required: true, content: { 'application/json': { schema: invitationTokenInputSchema } } },
    },
    responses: {
      200: {
        description: 'The invitation',
        content: { 'application/json': { schema: receivedInvitationSchema } },
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
    const view = await withTenant(deps.db, tenant.id, async (tx) => {
      const invitation = await openInvitationFor(
        tx,
        tenant.id,
        hashInvitationToken(token),
        c.var.citizen.email,
      );
      const [association] = await tx
        .select({ id: associations.id, name: associations.name })
        .from(associations)
        .where(and(eq(associations.tenantId, tenant.id), eq(associations.id, invitation.associationId)));
      const [inviter] = invitation.invitedBy
        ? await tx
            .select({ name: users.name, email: users.email })
            .from(users)
            .where(eq(users.id, invitation.invitedBy))
        : [];
      return {
        association: association ?? { id: invitation.associationId, name: '' },
        invitedBy: inviter ?? null,
        role: invitation.role,
        expiresAt: invitation.expiresAt.toISOString(),
      };
    });
    return c.json(view, 200);
  });
}
