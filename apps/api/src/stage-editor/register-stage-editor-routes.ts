import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { registerGetStageDefinition } from './get-stage-definition.ts';
import { registerGetStageList } from './get-stage-list.ts';
import { registerGetStagesYaml } from './get-stages-yaml.ts';
import { registerPostStage } from './post-stage.ts';
import { registerPutStageDefinition } from './put-stage-definition.ts';

/**
 * The back-office's stage editor (admin, stage-manager), for communes whose back-office is the truth
 * (`source: admin`). Registered after the staff routes: cookie-only sessions, same-origin writes.
 */
export function registerStageEditorRoutes(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  registerGetStagesYaml(app, deps);
  registerGetStageList(app, deps);
  registerGetStageDefinition(app, deps);
  registerPutStageDefinition(app, deps);
  registerPostStage(app, deps);
}
