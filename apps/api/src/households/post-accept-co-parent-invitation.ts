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
import {
  childrenOfHousehold,
  findCoParentInvitation,
  linkChildren,
  respondToInvitation,
} from './co-parent-store.ts';
import { householdProblems } from './errors.ts';
import { citizenProblemResponses, resolveCommune } from './household-route-deps.ts';
import { householdSchema } from './household-schemas.ts';
import { findHouseholdId, readHousehold } from './household-store.ts';

export function registerPostAcceptCoParentInvitation(
  app: OpenAPIHono<AppEnv>,
  deps: CoParentRouteDeps,
): void {
  const route = createRoute({
    method: 'post',
    path: `${CO_PARENT_PATH}/{coParentInvitationId}/accept`,
    tags: ['Households'],
    summary: 'Accept an invitation addressed to me: the children are shared with my household',
    middleware: [requireCitizen(deps.auth)] as const,
    request: { params: coParentInvitationParamsSchema },
    responses: {
      200: {
        description: 'My household, with the shared children',
        content: { 'application/json': { schema: householdSchema } },
      },
      ...citizenProblemResponses,
      404: problemResponse(
        'No such invitation to my address (co_parent_invitation_not_found), or no such commune',
      ),
      409: problemResponse(
        'Already answered or expired (co_parent_invitation_closed), no household yet (household_required), or the same household (co_parent_same_household)',
      ),
    },
  });
  app.openapi(route, async (c) => {
    const { tenant: slug, coParentInvitationId: invitationId } = c.req.valid('param');
    const tenant = await resolveCommune(deps.tenants, slug);
    const { userId, email } = c.var.citizen;
    const household = await withTenant(deps.db, tenant.id, async (tx) => {
      const invitation = await findCoParentInvitation(tx, tenant.id, invitationId);
      if (!invitation || invitation.email !== email.toLowerCase()) {
        throw new ProblemError(householdProblems.coParentInvitationNotFound);
      }
      if (!isOpen(invitation.status, invitation.expiresAt, new Date())) {
        throw new ProblemError(householdProblems.coParentInvitationClosed);
      }
      const householdId = await findHouseholdId(tx, tenant.id, userId);
      if (!householdId) throw new ProblemError(householdProblems.householdRequired);
      if (householdId === invitation.householdId) throw new ProblemError(householdProblems.coParentSelf);
      // Only the children the inviting household still holds (one may have been removed since).
      const still = await childrenOfHousehold(tx, tenant.id, invitation.householdId, invitation.childIds);
      await linkChildren(tx, tenant.id, householdId, still);
      await respondToInvitation(tx, tenant.id, invitation.id, 'accepted');
      return readHousehold(tx, tenant.id, householdId);
    });
    if (!household) throw new ProblemError(householdProblems.householdNotFound);
    return c.json(household, 200);
  });
}
