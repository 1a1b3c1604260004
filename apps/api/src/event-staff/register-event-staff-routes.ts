import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { registerEventOpinionRoutes } from '../event-opinions/register-event-opinion-routes.ts';
import type { EventStaffRouteDeps } from './event-staff-route-deps.ts';
import { registerGetEventCalendar } from './get-event-calendar.ts';
import { registerGetRequestAttachment } from './get-request-attachment.ts';
import { registerGetStaffEventRequest } from './get-staff-event-request.ts';
import { registerGetStaffEventRequests } from './get-staff-event-requests.ts';
import { registerPostIncomplete } from './post-incomplete.ts';
import { registerPostReview } from './post-review.ts';

/**
 * The review of event requests in the back-office. Registered after the staff routes, so the same
 * cookie-only sessions and same-origin check on writes apply.
 */
export function registerEventStaffRoutes(app: OpenAPIHono<AppEnv>, deps: EventStaffRouteDeps): void {
  registerGetStaffEventRequests(app, deps);
  registerGetStaffEventRequest(app, deps);
  registerGetRequestAttachment(app, deps);
  registerPostReview(app, deps);
  registerPostIncomplete(app, deps);
  registerGetEventCalendar(app, deps);
  registerEventOpinionRoutes(app, deps);
}
