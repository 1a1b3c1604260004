import type { Database } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import type { TenantDirectory } from '../tenants/tenant-directory.ts';
import { registerGetStage } from './get-stage.ts';
import { registerGetStages } from './get-stages.ts';
import { StageCatalogue } from './stage-catalogue.ts';
import { ANSWER_MAX_AGE_MS } from './stage-route-deps.ts';

/** The public stage catalogue: `/v1/tenants/{tenant}/stages[/{stageKey}]`. */
export function registerStageRoutes(
  app: OpenAPIHono<AppEnv>,
  deps: { db: Database; tenants: TenantDirectory },
): void {
  const routeDeps = {
    tenants: deps.tenants,
    catalogue: new StageCatalogue(deps.db, { maxAgeMs: ANSWER_MAX_AGE_MS }),
  };
  registerGetStages(app, routeDeps);
  registerGetStage(app, routeDeps);
}
