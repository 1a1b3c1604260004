import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { registerGetFormDefinition } from './get-form-definition.ts';
import { registerGetFormYaml } from './get-form-yaml.ts';
import { registerPostForm } from './post-form.ts';
import { registerPutFormDefinition } from './put-form-definition.ts';

/**
 * The back-office's form editor (admin, form-agent), for communes whose back-office is the truth
 * (`source: admin`). Registered after the staff routes: cookie-only sessions, same-origin writes.
 */
export function registerFormEditorRoutes(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  registerGetFormYaml(app, deps);
  registerGetFormDefinition(app, deps);
  registerPutFormDefinition(app, deps);
  registerPostForm(app, deps);
}
