import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import type { EventRequestRouteDeps } from './event-request-route-deps.ts';
import { registerGetEventRequest } from './get-event-request.ts';
import { registerGetEventRequestAttachment } from './get-event-request-attachment.ts';
import { registerGetEventRequests } from './get-event-requests.ts';
import { registerPostEventRequest } from './post-event-request.ts';
import { registerPostEventRequestSubmission } from './post-event-request-submission.ts';
import { registerPostEventRequestWithdrawal } from './post-event-request-withdrawal.ts';
import { registerPutEventRequest } from './put-event-request.ts';

/** A signed-in requester's event permit requests: drafts, submission, withdrawal and follow-up. */
export function registerEventRequestRoutes(app: OpenAPIHono<AppEnv>, deps: EventRequestRouteDeps): void {
  registerGetEventRequests(app, deps);
  registerPostEventRequest(app, deps);
  registerGetEventRequest(app, deps);
  registerGetEventRequestAttachment(app, deps);
  registerPutEventRequest(app, deps);
  registerPostEventRequestSubmission(app, deps);
  registerPostEventRequestWithdrawal(app, deps);
}
