import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { problemResponse } from '../problems/problem.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import type { EventRequestRouteDeps } from './event-request-route-deps.ts';
import { MY_EVENT_REQUESTS_PATH } from './event-request-route-deps.ts';
import { eventRequestListSchema } from './event-request-schemas.ts';
import { listOwnRequests } from './event-request-store.ts';

export function registerGetEventRequests(app: OpenAPIHono<AppEnv>, deps: EventRequestRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: MY_EVENT_REQUESTS_PATH,
    tags: ['Event requests'],
    summary: 'My event requests in this commune, and those of my associations',
    description:
      'Every request I made in this commune and every request of an association I belong to, drafts included, ' +
      'the latest event first.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: { params: tenantParamsSchema },
    responses: {
      200: {
        description: 'My requests',
        content: { 'application/json': { schema: eventRequestListSchema } },
      },
      ...citizenProblemResponses,
      404: problemResponse('No such commune'),
    },
  });
  app.openapi(route, async (c) => {
    const tenant = await resolveCommune(deps.tenants, c.req.valid('param').tenant);
    const rows = await withTenant(deps.db, tenant.id, (tx) =>
      listOwnRequests(tx, tenant.id, c.var.citizen.userId),
    );
    return c.json(
      {
        requests: rows.map((row) => ({
          ...row,
          startsAt: row.startsAt.toISOString(),
          endsAt: row.endsAt.toISOString(),
        })),
      },
      200,
    );
  });
}
