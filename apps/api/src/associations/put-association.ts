import { associations, withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import type { AssociationRouteDeps } from './association-route-deps.ts';
import { MY_ASSOCIATIONS_PATH } from './association-route-deps.ts';
import { normaliseAssociation } from './association-rules.ts';
import { associationInputSchema, associationParamsSchema, associationSchema } from './association-schemas.ts';
import { lockMyAssociation, presentAssociation } from './association-store.ts';
import { associationProblems } from './errors.ts';

export function registerPutAssociation(app: OpenAPIHono<AppEnv>, deps: AssociationRouteDeps): void {
  const route = createRoute({
    method: 'put',
    path: `${MY_ASSOCIATIONS_PATH}/{associationId}`,
    tags: ['Associations'],
    summary: 'Correct my association’s details',
    description:
      'Any member may: they all act for it. Replaces the details (same body and checks as registering it); ' +
      'requests already submitted keep pointing to the association, with its current details.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: {
      params: associationParamsSchema,
      body: { required: true, content: { 'application/json': { schema: associationInputSchema } } },
    },
    responses: {
      200: { description: 'The association', content: { 'application/json': { schema: associationSchema } } },
      400: problemResponse('Not valid (association_details_invalid with field errors); nothing was saved'),
      ...citizenProblemResponses,
      404: problemResponse('Not one of my associations (association_not_found), or no such commune'),
    },
  });
  app.openapi(route, async (c) => {
    const { tenant: slug, associationId } = c.req.valid('param');
    const tenant = await resolveCommune(deps.tenants, slug);
    const outcome = normaliseAssociation(c.req.valid('json'));
    const view = await withTenant(deps.db, tenant.id, async (tx) => {
      // Membership first: a stranger learns nothing, not even that their input was wrong.
      const { role } = await lockMyAssociation(tx, tenant.id, associationId, c.var.citizen.userId);
      if (!outcome.ok) throw new ProblemError(associationProblems.detailsInvalid, undefined, outcome.errors);
      const [row] = await tx
        .update(associations)
        .set({ ...outcome.value, updatedAt: new Date() })
        .where(and(eq(associations.tenantId, tenant.id), eq(associations.id, associationId)))
        .returning();
      if (!row) throw new ProblemError(associationProblems.notFound);
      return presentAssociation(tx, row, role, new Date());
    });
    return c.json(view, 200);
  });
}
