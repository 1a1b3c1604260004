import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { resolveCommune } from '../households/household-route-deps.ts';
import { setResponseHeader } from '../http/node-headers.ts';
import { problemResponse } from '../problems/problem.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import { calendarRange } from './calendar-range.ts';
import type { EventRouteDeps } from './event-route-deps.ts';
import { CALENDAR_CACHE_CONTROL } from './event-route-deps.ts';
import { calendarQuerySchema, eventCalendarSchema } from './event-schemas.ts';
import { readPublicEvents } from './event-store.ts';

export function registerGetEvents(app: OpenAPIHono<AppEnv>, deps: EventRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: '/v1/tenants/{tenant}/events',
    tags: ['Events'],
    summary: 'The open calendar: upcoming approved public events',
    description:
      'Approved events whose requester asked them to be public and whose type may be published, not over yet ' +
      'and on at some time between the first and last day (Brussels), in start order. Nothing about who asked.',
    request: { params: tenantParamsSchema, query: calendarQuerySchema },
    responses: {
      200: { description: 'The events', content: { 'application/json': { schema: eventCalendarSchema } } },
      400: problemResponse('A query parameter is unknown or malformed (validation_failed)'),
      403: problemResponse('The calling website may not embed this commune'),
      404: problemResponse('No such commune'),
      422: problemResponse(
        'The last day is before the first, or the range is over a year (event_dates_invalid)',
      ),
    },
  });
  app.openapi(route, async (c) => {
    const tenant = await resolveCommune(deps.tenants, c.req.valid('param').tenant);
    const query = c.req.valid('query');
    const { from, to, range } = calendarRange(query, new Date());
    const events = await readPublicEvents(deps.db, tenant, range, query.type);
    setResponseHeader(c, 'Cache-Control', CALENDAR_CACHE_CONTROL);
    return c.json(
      {
        from,
        to,
        events: events.map(({ updatedAt: _updatedAt, startsAt, endsAt, ...event }) => ({
          ...event,
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
        })),
      },
      200,
    );
  });
}
