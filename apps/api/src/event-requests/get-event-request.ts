import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { eventRequestProblems } from './errors.ts';
import type { EventRequestRouteDeps } from './event-request-route-deps.ts';
import { MY_EVENT_REQUESTS_PATH } from './event-request-route-deps.ts';
import { eventRequestParamsSchema, eventRequestSchema } from './event-request-schemas.ts';
import { lockRequest, presentRequest } from './event-request-store.ts';

export function registerGetEventRequest(app: OpenAPIHono<AppEnv>, deps: EventRequestRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: `${MY_EVENT_REQUESTS_PATH}/{requestId}`,
    tags: ['Event requests'],
    summary: 'One of my event requests',
    description:
      'Its status, what it asks, its history (each change, by the requester or the commune, with comments) and, ' +
      'while incomplete, what the commune asked to complete.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: { params: eventRequestParamsSchema },
    responses: {
      200: { description: 'The request', content: { 'application/json': { schema: eventRequestSchema } } },
      400: problemResponse('Not valid'),
      ...citizenProblemResponses,
      404: problemResponse(
        'No such request of mine or of my associations (event_request_not_found), or no such commune',
      ),
    },
  });
  app.openapi(route, async (c) => {
    const { tenant: slug, requestId } = c.req.valid('param');
    const tenant = await resolveCommune(deps.tenants, slug);
    const view = await withTenant(deps.db, tenant.id, async (tx) => {
      const row = await lockRequest(tx, tenant.id, requestId, c.var.citizen.userId);
      if (!row) throw new ProblemError(eventRequestProblems.notFound);
      return presentRequest(tx, row);
    });
    return c.json(view, 200);
  });
}
