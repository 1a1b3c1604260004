import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { registerGetSessionDraws } from './draw/get-session-draws.ts';
import type { EnrolmentRouteDeps } from './enrolment-route-deps.ts';
import { registerGetEnrolments } from './get-enrolments.ts';
import { registerPostCancellation } from './post-cancellation.ts';
import { registerPostEnrolments } from './post-enrolments.ts';
import { registerPostOfferAnswers } from './post-offer-answers.ts';

/** A signed-in parent's enrolments in one commune: `/v1/tenants/{tenant}/me/enrolments`. */
export function registerEnrolmentRoutes(app: OpenAPIHono<AppEnv>, deps: EnrolmentRouteDeps): void {
  registerGetEnrolments(app, deps);
  registerPostEnrolments(app, deps);
  registerGetSessionDraws(app, deps);
  registerPostCancellation(app, deps);
  registerPostOfferAnswers(app, deps);
}
