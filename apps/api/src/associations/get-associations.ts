import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { problemResponse } from '../problems/problem.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import type { AssociationRouteDeps } from './association-route-deps.ts';
import { MY_ASSOCIATIONS_PATH } from './association-route-deps.ts';
import { associationListSchema } from './association-schemas.ts';
import { listMyAssociations } from './association-store.ts';

export function registerGetAssociations(app: OpenAPIHono<AppEnv>, deps: AssociationRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: MY_ASSOCIATIONS_PATH,
    tags: ['Associations'],
    summary: 'The associations I belong to in this commune',
    description:
      'Each with my role (owner or member), by name: the choices of “on behalf of” in an event request.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: { params: tenantParamsSchema },
    responses: {
      200: {
        description: 'My associations',
        content: { 'application/json': { schema: associationListSchema } },
      },
      ...citizenProblemResponses,
      404: problemResponse('No such commune'),
    },
  });
  app.openapi(route, async (c) => {
    const tenant = await resolveCommune(deps.tenants, c.req.valid('param').tenant);
    const list = await withTenant(deps.db, tenant.id, (tx) =>
      listMyAssociations(tx, tenant.id, c.var.citizen.userId),
    );
    return c.json({ associations: list }, 200);
  });
}
