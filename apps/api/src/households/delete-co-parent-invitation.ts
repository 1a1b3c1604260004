import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import type { CoParentRouteDeps } from './co-parent-route-deps.ts';
import { CO_PARENT_PATH } from './co-parent-route-deps.ts';
import { isOpen } from './co-parent-rules.ts';
import { coParentInvitationParamsSchema } from './co-parent-schemas.ts';
import { findCoParentInvitation, respondToInvitation } from './co-parent-store.ts';
import { householdProblems } from './errors.ts';
import { citizenProblemResponses, resolveCommune } from './household-route-deps.ts';
import { findHouseholdId } from './household-store.ts';

export function registerDeleteCoParentInvitation(app: OpenAPIHono<AppEnv>, deps: CoParentRouteDeps): void {
  const route = createRoute({
    method: 'delete',
    path: `${CO_PARENT_PATH}/{coParentInvitationId}`,
    tags: ['Households'],
    summary: 'Cancel an invitation my household sent, or decline one addressed to me',
    middleware: [requireCitizen(deps.auth)] as const,
    request: { params: coParentInvitationParamsSchema },
    responses: {
      204: { description: 'Cancelled or declined' },
      ...citizenProblemResponses,
      404: problemResponse('No such invitation of mine (co_parent_invitation_not_found), or no such commune'),
      409: problemResponse('Already answered or expired (co_parent_invitation_closed)'),
    },
  });
  app.openapi(route, async (c) => {
    const { tenant: slug, coParentInvitationId: invitationId } = c.req.valid('param');
    const tenant = await resolveCommune(deps.tenants, slug);
    const { userId, email } = c.var.citizen;
    await withTenant(deps.db, tenant.id, async (tx) => {
      const invitation = await findCoParentInvitation(tx, tenant.id, invitationId);
      const householdId = await findHouseholdId(tx, tenant.id, userId);
      const sentByMe = invitation !== undefined && invitation.householdId === householdId;
      const toMe = invitation !== undefined && invitation.email === email.toLowerCase();
      if (!invitation || (!sentByMe && !toMe))
        throw new ProblemError(householdProblems.coParentInvitationNotFound);
      if (!isOpen(invitation.status, invitation.expiresAt, new Date())) {
        throw new ProblemError(householdProblems.coParentInvitationClosed);
      }
      await respondToInvitation(tx, tenant.id, invitation.id, sentByMe ? 'cancelled' : 'declined');
    });
    return c.body(null, 204);
  });
}
