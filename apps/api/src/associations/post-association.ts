import { associations, withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import type { AssociationRouteDeps } from './association-route-deps.ts';
import { MY_ASSOCIATIONS_PATH } from './association-route-deps.ts';
import { normaliseAssociation } from './association-rules.ts';
import { associationInputSchema, associationSchema } from './association-schemas.ts';
import { addMember, presentAssociation } from './association-store.ts';
import { associationProblems } from './errors.ts';

export function registerPostAssociation(app: OpenAPIHono<AppEnv>, deps: AssociationRouteDeps): void {
  const route = createRoute({
    method: 'post',
    path: MY_ASSOCIATIONS_PATH,
    tags: ['Associations'],
    summary: 'Register an association I act for; I become its owner',
    description:
      'Its name, BCE/KBO number (checked with its mod-97 checksum; none for a de facto association), address ' +
      '(Belgian postal codes checked, as for households) and contact, kept for its next requests. Field errors ' +
      'come back as association_details_invalid with each field in `errors`.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: {
      params: tenantParamsSchema,
      body: { required: true, content: { 'application/json': { schema: associationInputSchema } } },
    },
    responses: {
      201: { description: 'The association', content: { 'application/json': { schema: associationSchema } } },
      400: problemResponse('Not valid (association_details_invalid with field errors); nothing was saved'),
      ...citizenProblemResponses,
      404: problemResponse('No such commune'),
    },
  });
  app.openapi(route, async (c) => {
    const tenant = await resolveCommune(deps.tenants, c.req.valid('param').tenant);
    const outcome = normaliseAssociation(c.req.valid('json'));
    if (!outcome.ok) throw new ProblemError(associationProblems.detailsInvalid, undefined, outcome.errors);
    const userId = c.var.citizen.userId;
    const view = await withTenant(deps.db, tenant.id, async (tx) => {
      const [row] = await tx
        .insert(associations)
        .values({ ...outcome.value, tenantId: tenant.id })
        .returning();
      if (!row) throw new Error('the association insert returned nothing');
      await addMember(tx, tenant.id, row.id, userId, 'owner');
      return presentAssociation(tx, row, 'owner', new Date());
    });
    return c.json(view, 201);
  });
}
