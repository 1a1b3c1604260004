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
import {
  eventRequestInputSchema,
  eventRequestParamsSchema,
  eventRequestSchema,
} from './event-request-schemas.ts';
import { lockRequest, presentRequest, updateDraft } from './event-request-store.ts';
import { draftValues } from './request-checks.ts';

/** Where the requester may still change what they asked. */
const EDITABLE = new Set(['draft', 'incomplete']);

export function registerPutEventRequest(app: OpenAPIHono<AppEnv>, deps: EventRequestRouteDeps): void {
  const route = createRoute({
    method: 'put',
    path: `${MY_EVENT_REQUESTS_PATH}/{requestId}`,
    tags: ['Event requests'],
    summary: 'Change my draft, or a request the commune sent back as incomplete',
    description:
      'Replaces what the request asks (same body as creating it). The status stays: an incomplete request is ' +
      'submitted again once completed. The reference never changes.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: {
      params: eventRequestParamsSchema,
      body: { required: true, content: { 'application/json': { schema: eventRequestInputSchema } } },
    },
    responses: {
      200: { description: 'The request', content: { 'application/json': { schema: eventRequestSchema } } },
      400: problemResponse('Not valid; nothing was written'),
      ...citizenProblemResponses,
      404: problemResponse(
        'No such request of mine or of my associations (event_request_not_found), not one of my associations (association_not_found), or no such commune',
      ),
      409: problemResponse('Submitted and not sent back (event_request_not_editable); nothing was written'),
      422: problemResponse('Impossible dates; unknown type, place or equipment; nothing was written'),
    },
  });
  app.openapi(route, async (c) => {
    const { tenant: slug, requestId } = c.req.valid('param');
    const tenant = await resolveCommune(deps.tenants, slug);
    const input = c.req.valid('json');
    const requesterId = c.var.citizen.userId;
    const view = await withTenant(deps.db, tenant.id, async (tx) => {
      const row = await lockRequest(tx, tenant.id, requestId, requesterId);
      if (!row) throw new ProblemError(eventRequestProblems.notFound);
      if (!EDITABLE.has(row.status)) throw new ProblemError(eventRequestProblems.notEditable);
      const values = await draftValues(tx, tenant.id, input, { now: new Date(), userId: requesterId });
      await updateDraft(tx, tenant.id, row.id, values, input.equipment);
      return presentRequest(tx, { ...row, ...values });
    });
    return c.json(view, 200);
  });
}
