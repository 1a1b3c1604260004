import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { brusselsDay } from '../events/event-rules.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import { eventRequestProblems } from './errors.ts';
import type { EventRequestRouteDeps } from './event-request-route-deps.ts';
import { MY_EVENT_REQUESTS_PATH } from './event-request-route-deps.ts';
import { eventRequestInputSchema, eventRequestSchema } from './event-request-schemas.ts';
import { insertDraft, lockRequest, presentRequest } from './event-request-store.ts';
import { draftValues } from './request-checks.ts';

export function registerPostEventRequest(app: OpenAPIHono<AppEnv>, deps: EventRequestRouteDeps): void {
  const route = createRoute({
    method: 'post',
    path: MY_EVENT_REQUESTS_PATH,
    tags: ['Event requests'],
    summary: 'Start an event permit request (a draft)',
    description:
      'Writes a draft with its reference: type, title, dates, a bookable place or an address, attendance, ' +
      'equipment to borrow, the answers given so far to the type’s form and whether to publish it once approved. ' +
      'The type, place and equipment must be offered by the commune; the answers, lead time, clashes and stock ' +
      'are checked on submission. Made on behalf of one of my associations, every member sees it and edits its draft.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: {
      params: tenantParamsSchema,
      body: { required: true, content: { 'application/json': { schema: eventRequestInputSchema } } },
    },
    responses: {
      201: { description: 'The draft', content: { 'application/json': { schema: eventRequestSchema } } },
      400: problemResponse('Not valid; nothing was written'),
      ...citizenProblemResponses,
      404: problemResponse('Not one of my associations (association_not_found), or no such commune'),
      422: problemResponse(
        'Impossible dates (event_dates_invalid); unknown type, place or equipment; nothing was written',
      ),
    },
  });
  app.openapi(route, async (c) => {
    const tenant = await resolveCommune(deps.tenants, c.req.valid('param').tenant);
    const input = c.req.valid('json');
    const requesterId = c.var.citizen.userId;
    const view = await withTenant(deps.db, tenant.id, async (tx) => {
      const values = await draftValues(tx, tenant.id, input, { now: new Date(), userId: requesterId });
      const id = await insertDraft(
        tx,
        { tenantId: tenant.id, tenantSlug: tenant.slug, requesterId, firstDay: brusselsDay(values.startsAt) },
        values,
        input.equipment,
      );
      const row = await lockRequest(tx, tenant.id, id, requesterId);
      if (!row) throw new ProblemError(eventRequestProblems.notFound);
      return presentRequest(tx, row);
    });
    return c.json(view, 201);
  });
}
