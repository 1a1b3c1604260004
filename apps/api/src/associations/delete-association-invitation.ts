import { associationInvitations, withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { isOpen } from '../households/co-parent-rules.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import type { AssociationRouteDeps } from './association-route-deps.ts';
import { MY_ASSOCIATIONS_PATH } from './association-route-deps.ts';
import { associationInvitationParamsSchema } from './association-schemas.ts';
import { closeInvitation, lockMyAssociation } from './association-store.ts';
import { associationProblems } from './errors.ts';

export function registerDeleteAssociationInvitation(
  app: OpenAPIHono<AppEnv>,
  deps: AssociationRouteDeps,
): void {
  const route = createRoute({
    method: 'delete',
    path: `${MY_ASSOCIATIONS_PATH}/{associationId}/invitations/{associationInvitationId}`,
    tags: ['Associations'],
    summary: 'Cancel an invitation of my association (owners)',
    description: 'Its link stops working at once; the invitation stays listed as cancelled.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: { params: associationInvitationParamsSchema },
    responses: {
      204: { description: 'Cancelled' },
      400: problemResponse('Not valid'),
      ...citizenProblemResponses,
      403: problemResponse(
        'Not an owner of the association (association_owner_required), or the calling website may not embed this commune',
      ),
      404: problemResponse(
        'Not one of my associations (association_not_found), no such invitation of it (association_invitation_not_found), or no such commune',
      ),
      409: problemResponse('Already answered, cancelled or expired (association_invitation_closed)'),
    },
  });
  app.openapi(route, async (c) => {
    const { tenant: slug, associationId, associationInvitationId: invitationId } = c.req.valid('param');
    const tenant = await resolveCommune(deps.tenants, slug);
    await withTenant(deps.db, tenant.id, async (tx) => {
      const { role } = await lockMyAssociation(tx, tenant.id, associationId, c.var.citizen.userId);
      if (role !== 'owner') throw new ProblemError(associationProblems.ownerRequired);
      const [invitation] = await tx
        .select()
        .from(associationInvitations)
        .where(
          and(
            eq(associationInvitations.tenantId, tenant.id),
            eq(associationInvitations.associationId, associationId),
            eq(associationInvitations.id, invitationId),
          ),
        )
        .for('update');
      if (!invitation) throw new ProblemError(associationProblems.invitationNotFound);
      if (!isOpen(invitation.status, invitation.expiresAt, new Date()))
        throw new ProblemError(associationProblems.invitationClosed);
      await closeInvitation(tx, tenant.id, invitation.id, 'cancelled');
    });
    return c.body(null, 204);
  });
}
