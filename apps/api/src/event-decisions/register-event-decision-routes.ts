import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import type { EventRequestRouteDeps } from '../event-requests/event-request-route-deps.ts';
import type { EventStaffRouteDeps } from '../event-staff/event-staff-route-deps.ts';
import { registerGetMyDecisionLetter } from './get-my-decision-letter.ts';
import { registerGetStaffDecisionLetter } from './get-staff-decision-letter.ts';
import { registerPostClosing } from './post-closing.ts';
import { registerPostDecision } from './post-decision.ts';

/** The decision on event requests by staff, its letter for staff and requesters, and the closing. */
export function registerEventDecisionRoutes(
  app: OpenAPIHono<AppEnv>,
  deps: EventStaffRouteDeps & EventRequestRouteDeps,
): void {
  registerPostDecision(app, deps);
  registerGetStaffDecisionLetter(app, deps);
  registerPostClosing(app, deps);
  registerGetMyDecisionLetter(app, deps);
}
