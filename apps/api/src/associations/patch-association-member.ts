import { associationMembers, withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import type { AssociationRouteDeps } from './association-route-deps.ts';
import { MY_ASSOCIATIONS_PATH } from './association-route-deps.ts';
import { roleChangeProblem } from './association-rules.ts';
import {
  associationMemberParamsSchema,
  associationRoleSchema,
  associationSchema,
} from './association-schemas.ts';
import { lockMyAssociation, presentAssociation } from './association-store.ts';
import { associationProblems } from './errors.ts';

const PROBLEMS = {
  owner_required: associationProblems.ownerRequired,
  member_not_found: associationProblems.memberNotFound,
  last_owner: associationProblems.lastOwner,
} as const;

const memberPatchSchema = z.strictObject({ role: associationRoleSchema }).openapi('AssociationMemberPatch');

export function registerPatchAssociationMember(app: OpenAPIHono<AppEnv>, deps: AssociationRouteDeps): void {
  const route = createRoute({
    method: 'patch',
    path: `${MY_ASSOCIATIONS_PATH}/{associationId}/members/{userId}`,
    tags: ['Associations'],
    summary: 'Make a member an owner, or an owner a member (owners)',
    middleware: [requireCitizen(deps.auth)] as const,
    request: {
      params: associationMemberParamsSchema,
      body: { required: true, content: { 'application/json': { schema: memberPatchSchema } } },
    },
    responses: {
      200: { description: 'The association', content: { 'application/json': { schema: associationSchema } } },
      400: problemResponse('Not valid; nothing was saved'),
      ...citizenProblemResponses,
      403: problemResponse(
        'Not an owner of the association (association_owner_required), or the calling website may not embed this commune',
      ),
      404: problemResponse(
        'Not one of my associations (association_not_found), no such member (association_member_not_found), or no such commune',
      ),
      409: problemResponse('It would leave the association without an owner (association_last_owner)'),
    },
  });
  app.openapi(route, async (c) => {
    const { tenant: slug, associationId, userId } = c.req.valid('param');
    const tenant = await resolveCommune(deps.tenants, slug);
    const { role } = c.req.valid('json');
    const me = c.var.citizen.userId;
    const view = await withTenant(deps.db, tenant.id, async (tx) => {
      const mine = await lockMyAssociation(tx, tenant.id, associationId, me);
      const members = await tx
        .select({ userId: associationMembers.userId, role: associationMembers.role })
        .from(associationMembers)
        .where(
          and(
            eq(associationMembers.tenantId, tenant.id),
            eq(associationMembers.associationId, associationId),
          ),
        );
      const problem = roleChangeProblem(members, me, userId, role);
      if (problem) throw new ProblemError(PROBLEMS[problem]);
      await tx
        .update(associationMembers)
        .set({ role, updatedAt: new Date() })
        .where(
          and(
            eq(associationMembers.tenantId, tenant.id),
            eq(associationMembers.associationId, associationId),
            eq(associationMembers.userId, userId),
          ),
        );
      const myRole = userId === me ? role : mine.role;
      return presentAssociation(tx, mine.row, myRole, new Date());
    });
    return c.json(view, 200);
  });
}
