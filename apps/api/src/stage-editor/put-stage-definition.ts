import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import {
  STAGE_DEFINITION_PATH,
  stageEditorProblemResponses,
  stageSaveProblemResponses,
} from './stage-editor-route-deps.ts';
import { savedStageSchema, stageContentInputSchema, stageParamsSchema } from './stage-editor-schemas.ts';
import { requireActiveStage, requireAdminSource, saveStage } from './stage-editor-store.ts';

export function registerPutStageDefinition(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'put',
    path: STAGE_DEFINITION_PATH,
    tags: ['Staff: stage editor'],
    summary:
      'Saves an edited stage: checked with the commune’s whole stages.yaml, written as tenants:apply writes (changed rows only; a removed session is deactivated), audited',
    middleware: staffMiddleware(deps, 'stages:design'),
    request: {
      params: stageParamsSchema,
      body: { required: true, content: { 'application/json': { schema: stageContentInputSchema } } },
    },
    responses: {
      200: { description: 'Saved', content: { 'application/json': { schema: savedStageSchema } } },
      ...stageEditorProblemResponses,
      ...stageSaveProblemResponses,
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { stageKey } = c.req.valid('param');
    const { definition } = c.req.valid('json');
    const saved = await withTenant(deps.db, member.tenant.id, async (tx) => {
      // The stage first: another commune's key is 404 whatever this commune's source.
      await requireActiveStage(tx, member.tenant.id, stageKey);
      const { timeZone } = await requireAdminSource(tx, member.tenant.id);
      return saveStage(tx, member, stageKey, definition, { timeZone, action: 'stages.definition_saved' });
    });
    // This process need not wait for its own NOTIFY: the parent who looks next sees the change.
    if (saved.changed) deps.tenants.invalidate(member.tenant.slug);
    return c.json(saved, 200);
  });
}
