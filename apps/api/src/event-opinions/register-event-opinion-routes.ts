import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import type { EventStaffRouteDeps } from '../event-staff/event-staff-route-deps.ts';
import { registerGetEventServices } from './get-event-services.ts';
import { registerGetOpinionAttachment } from './get-opinion-attachment.ts';
import { registerPostOpinionAttachment } from './post-opinion-attachment.ts';
import { registerPostOpinionRequest } from './post-opinion-request.ts';
import { registerPutMemberEventServices } from './put-member-event-services.ts';
import { registerPutOpinion } from './put-opinion.ts';

/**
 * The commune's services' opinions on event requests: asked by reviewers, given by the services'
 * advisors (set on their services by an admin). Registered after the staff routes, like the review.
 */
export function registerEventOpinionRoutes(app: OpenAPIHono<AppEnv>, deps: EventStaffRouteDeps): void {
  registerGetEventServices(app, deps);
  registerPutMemberEventServices(app, deps);
  registerPostOpinionRequest(app, deps);
  registerPutOpinion(app, deps);
  registerPostOpinionAttachment(app, deps);
  registerGetOpinionAttachment(app, deps);
}
