import type { LocalizedText } from '@communa/tenant-config';
import { localize } from '@communa/tenant-config';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { addressLine } from '../households/address-line.ts';
import { resolveCommune } from '../households/household-route-deps.ts';
import { setResponseHeader } from '../http/node-headers.ts';
import { problemResponse } from '../problems/problem.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import { calendarRange } from './calendar-range.ts';
import type { EventRouteDeps } from './event-route-deps.ts';
import { CALENDAR_CACHE_CONTROL } from './event-route-deps.ts';
import { icsQuerySchema } from './event-schemas.ts';
import type { PublishedEvent } from './event-store.ts';
import { readPublicEvents } from './event-store.ts';
import { serializeCalendar } from './ics-serializer.ts';

const CALENDAR_NAME: LocalizedText = {
  fr: 'événements',
  nl: 'evenementen',
  de: 'Veranstaltungen',
  en: 'events',
};

const locationOf = (event: PublishedEvent): string | undefined => {
  if (event.place) return `${event.place.name}, ${addressLine(event.place.address)}`;
  return event.address ? addressLine(event.address) : undefined;
};

export function registerGetEventsIcs(app: OpenAPIHono<AppEnv>, deps: EventRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: '/v1/tenants/{tenant}/events.ics',
    tags: ['Events'],
    summary: 'The open calendar as an iCalendar feed (RFC 5545)',
    description:
      'The same events as GET …/events, for calendar applications: one VEVENT per event with a stable UID, ' +
      'times in Europe/Brussels (VTIMEZONE included), texts in `lang` or the commune’s default language.',
    request: { params: tenantParamsSchema, query: icsQuerySchema },
    responses: {
      200: { description: 'The calendar', content: { 'text/calendar': { schema: z.string() } } },
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
    const { range } = calendarRange(query, new Date());
    const events = await readPublicEvents(deps.db, tenant, range, query.type);
    const languages = tenant.publicConfig.languages;
    const lang =
      query.lang !== undefined && languages.offered.includes(query.lang) ? query.lang : languages.default;
    const text = (value: LocalizedText) => localize(value, lang, languages.default);
    const body = serializeCalendar({
      name: `${text(tenant.publicConfig.name)}, ${text(CALENDAR_NAME)}`,
      productId: `-//Communa//${tenant.slug} events//${lang.toUpperCase()}`,
      events: events.map((event) => ({
        uid: `${event.id}@${tenant.slug}.events.communa`,
        stamp: event.updatedAt,
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        summary: event.title,
        location: locationOf(event),
        categories: [text(event.type.name)],
      })),
    });
    setResponseHeader(c, 'Cache-Control', CALENDAR_CACHE_CONTROL);
    return c.body(body, 200, { 'content-type': 'text/calendar; charset=utf-8' });
  });
}
