import { associationMembers, withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import type { AssociationRouteDeps } from './association-route-deps.ts';
import { MY_ASSOCIATIONS_PATH } from './association-route-deps.ts';
import { removalProblem } from './association-rules.ts';
import { associationMemberParamsSchema } from './association-schemas.ts';
import { listMembers, lockMyAssociation } from './association-store.ts';
import { associationProblems } from './errors.ts';

const PROBLEMS = {
  owner_required: associationProblems.ownerRequired,
  member_not_found: associationProblems.memberNotFound,
  last_owner: associationProblems.lastOwner,
} as const;

export function registerDeleteAssociationMember(app: OpenAPIHono<AppEnv>, deps: AssociationRouteDeps): void {
  const route = createRoute({
    method: 'delete',
    path: `${MY_ASSOCIATIONS_PATH}/{associationId}/members/{userId}`,
    tags: ['Associations'],
    summary: 'Leave my association (my own user id), or remove a member (owners)',
    description:
      'The person no longer sees the association’s requests and drafts; those they made themselves stay theirs ' +
      'too. The last owner can leave only once nobody else is left, or after making another member an ' +
      'owner.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: { params: associationMemberParamsSchema },
    responses: {
      204: { description: 'Removed' },
      400: problemResponse('Not valid'),
      ...citizenProblemResponses,
      403: problemResponse(
        'Removing someone else without being an owner (association_owner_required), or the calling website may not embed this commune',
      ),
      404: problemResponse(
        'Not one of my associations (association_not_found), no such member (association_member_not_found), or no such commune',
      ),
      409: problemResponse('The last owner, while other members remain (association_last_owner)'),
    },
  });
  app.openapi(route, async (c) => {
    const { tenant: slug, associationId, userId } = c.req.valid('param');
    const tenant = await resolveCommune(deps.tenants, slug);
    const me = c.var.citizen.userId;
    await withTenant(deps.db, tenant.id, async (tx) => {
      await lockMyAssociation(tx, tenant.id, associationId, me);
      const members = await listMembers(tx, tenant.id, associationId);
      const problem = removalProblem(members, me, userId);
      if (problem) throw new ProblemError(PROBLEMS[problem]);
      await tx
        .delete(associationMembers)
        .where(
          and(
            eq(associationMembers.tenantId, tenant.id),
            eq(associationMembers.associationId, associationId),
            eq(associationMembers.userId, userId),
          ),
        );
    });
    return c.body(null, 204);
  });
}
