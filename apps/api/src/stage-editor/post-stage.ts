import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import { stageEditorProblems } from './errors.ts';
import {
  STAFF_STAGES_PATH,
  stageEditorProblemResponses,
  stageSaveProblemResponses,
} from './stage-editor-route-deps.ts';
import { newStageInputSchema, savedStageSchema } from './stage-editor-schemas.ts';
import { lockStageEditor, requireAdminSource, saveStage, stageKeyTaken } from './stage-editor-store.ts';

export function registerPostStage(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'post',
    path: STAFF_STAGES_PATH,
    tags: ['Staff: stage editor'],
    summary:
      'Creates a stage with its sessions, last in the catalogue, in a commune with source: admin (audited)',
    middleware: staffMiddleware(deps, 'stages:design'),
    request: {
      params: tenantParamsSchema,
      body: { required: true, content: { 'application/json': { schema: newStageInputSchema } } },
    },
    responses: {
      201: { description: 'Created', content: { 'application/json': { schema: savedStageSchema } } },
      ...stageEditorProblemResponses,
      ...stageSaveProblemResponses,
      409: problemResponse(
        'A stage with this key exists, even removed (stage_exists), or the commune’s stages are managed as code (stages_managed_as_code)',
      ),
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { key, definition } = c.req.valid('json');
    const saved = await withTenant(deps.db, member.tenant.id, async (tx) => {
      const { timeZone } = await requireAdminSource(tx, member.tenant.id);
      // Under the editor's lock, a second creation of the same key waits, then finds it taken. A
      // removed stage keeps its key: its sessions may still hold enrolments.
      await lockStageEditor(tx, member.tenant.id);
      if (await stageKeyTaken(tx, member.tenant.id, key))
        throw new ProblemError(stageEditorProblems.stageExists);
      return saveStage(tx, member, key, definition, { timeZone, action: 'stages.created' });
    });
    // This process need not wait for its own NOTIFY: the parent who looks next sees the change.
    if (saved.changed) deps.tenants.invalidate(member.tenant.slug);
    return c.json(saved, 201);
  });
}
