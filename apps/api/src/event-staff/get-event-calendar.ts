import { withTenant } from '@communa/db';
import { addDays, daysBetween } from '@communa/tenant-config';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { startOfBrusselsDay } from '../events/calendar-range.ts';
import { eventProblems } from '../events/errors.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { ADMIN_TENANT_PATH, staffMiddleware, staffProblemResponses } from '../staff/staff-route-deps.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import type { EventStaffRouteDeps } from './event-staff-route-deps.ts';
import { staffCalendarQuerySchema, staffCalendarSchema } from './event-staff-schemas.ts';
import { calendarForStaff } from './event-staff-store.ts';

/** Enough for a month grid (six weeks) or two months of day list. */
export const MAX_STAFF_CALENDAR_DAYS = 62;

export function registerGetEventCalendar(app: OpenAPIHono<AppEnv>, deps: EventStaffRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: `${ADMIN_TENANT_PATH}/event-calendar`,
    tags: ['Staff: events'],
    summary:
      'Requested and approved events over some days, with clashes and over-allocated equipment (admin, event-reviewer, event-decider)',
    description:
      'Requests from submitted to approved (those holding a place or equipment) on at some time between the ' +
      'first and last day (Brussels), in start order. Each says which requests hold the same place at an ' +
      'overlapping time and which equipment it asks beyond the stock the overlapping requests leave, by the ' +
      'rules a requester meets on submission. No requester.',
    middleware: staffMiddleware(deps, 'event-calendar:read'),
    request: { params: tenantParamsSchema, query: staffCalendarQuerySchema },
    responses: {
      200: { description: 'The events', content: { 'application/json': { schema: staffCalendarSchema } } },
      ...staffProblemResponses,
      422: problemResponse(
        `The last day is before the first, or the range is over ${MAX_STAFF_CALENDAR_DAYS} days (event_dates_invalid)`,
      ),
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { from, to } = c.req.valid('query');
    if (daysBetween(from, to) < 0)
      throw new ProblemError(eventProblems.datesInvalid, 'The last day is before the first');
    if (daysBetween(from, to) >= MAX_STAFF_CALENDAR_DAYS)
      throw new ProblemError(
        eventProblems.datesInvalid,
        `The calendar shows at most ${MAX_STAFF_CALENDAR_DAYS} days at once`,
      );
    const range = { startsAt: startOfBrusselsDay(from), endsAt: startOfBrusselsDay(addDays(to, 1)) };
    const events = await withTenant(deps.db, member.tenant.id, (tx) =>
      calendarForStaff(tx, member.tenant.id, range),
    );
    return c.json({ from, to, events }, 200);
  });
}
