import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { registerDeleteDraft } from './delete-draft.ts';
import type { FormRouteDeps } from './form-route-deps.ts';
import { registerGetCase } from './get-case.ts';
import { registerGetDraft } from './get-draft.ts';
import { registerGetForm } from './get-form.ts';
import { registerGetForms } from './get-forms.ts';
import { registerGetMySubmissions } from './get-my-submissions.ts';
import { registerPostSubmission } from './post-submission.ts';
import { registerPostUpload } from './post-upload.ts';
import { registerPutDraft } from './put-draft.ts';

/** The e-guichet for citizens: forms, sending them (signed in or anonymously), drafts, "my requests" and cases. */
export function registerFormRoutes(app: OpenAPIHono<AppEnv>, deps: FormRouteDeps): void {
  registerGetForms(app, deps);
  registerGetForm(app, deps);
  registerPostUpload(app, deps);
  registerPostSubmission(app, deps);
  registerGetDraft(app, deps);
  registerPutDraft(app, deps);
  registerDeleteDraft(app, deps);
  registerGetMySubmissions(app, deps);
  registerGetCase(app, deps);
}
