import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { problemResponse } from '../problems/problem.ts';
import type { AssociationRouteDeps } from './association-route-deps.ts';
import { MY_ASSOCIATIONS_PATH } from './association-route-deps.ts';
import { associationParamsSchema, associationSchema } from './association-schemas.ts';
import { lockMyAssociation, presentAssociation } from './association-store.ts';

export function registerGetAssociation(app: OpenAPIHono<AppEnv>, deps: AssociationRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: `${MY_ASSOCIATIONS_PATH}/{associationId}`,
    tags: ['Associations'],
    summary: 'One of my associations, with its members',
    description: 'Its details, its members with their roles and, for owners, the invitations sent.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: { params: associationParamsSchema },
    responses: {
      200: { description: 'The association', content: { 'application/json': { schema: associationSchema } } },
      400: problemResponse('Not valid'),
      ...citizenProblemResponses,
      404: problemResponse('Not one of my associations (association_not_found), or no such commune'),
    },
  });
  app.openapi(route, async (c) => {
    const { tenant: slug, associationId } = c.req.valid('param');
    const tenant = await resolveCommune(deps.tenants, slug);
    const view = await withTenant(deps.db, tenant.id, async (tx) => {
      const { row, role } = await lockMyAssociation(tx, tenant.id, associationId, c.var.citizen.userId);
      return presentAssociation(tx, row, role, new Date());
    });
    return c.json(view, 200);
  });
}
