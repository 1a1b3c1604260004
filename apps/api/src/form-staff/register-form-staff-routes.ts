import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import type { FormStaffRouteDeps } from './form-staff-route-deps.ts';
import { registerGetStaffForms } from './get-staff-forms.ts';
import { registerGetSubmission } from './get-submission.ts';
import { registerGetSubmissionDocument } from './get-submission-document.ts';
import { registerGetSubmissions } from './get-submissions.ts';
import { registerGetSubmissionsExports } from './get-submissions-export.ts';
import { registerPostComment } from './post-comment.ts';
import { registerPostTransition } from './post-transition.ts';

/**
 * The e-guichet inbox in the back-office (admin, form-agent). Registered after the staff routes, so
 * the same cookie-only sessions and same-origin check on writes apply.
 */
export function registerFormStaffRoutes(app: OpenAPIHono<AppEnv>, deps: FormStaffRouteDeps): void {
  registerGetStaffForms(app, deps);
  registerGetSubmissionsExports(app, deps);
  registerGetSubmissions(app, deps);
  registerGetSubmission(app, deps);
  registerGetSubmissionDocument(app, deps);
  registerPostTransition(app, deps);
  registerPostComment(app, deps);
}
