import { withTenant } from '@communa/db';
import { STAGE_CATEGORIES } from '@communa/tenant-config';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { readStagesConfigIn } from '../stages/export-stages.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import { STAFF_STAGES_PATH, stageEditorProblemResponses } from './stage-editor-route-deps.ts';
import { stageEditorListSchema } from './stage-editor-schemas.ts';
import { questionForms, requireAdminSource } from './stage-editor-store.ts';

export function registerGetStageList(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: STAFF_STAGES_PATH,
    tags: ['Staff: stage editor'],
    summary:
      'The commune’s stages to edit, with the places, question forms and languages a stage may use (admin, stage-manager; communes with source: admin)',
    middleware: staffMiddleware(deps, 'stages:design'),
    request: { params: tenantParamsSchema },
    responses: {
      200: { description: 'Stages', content: { 'application/json': { schema: stageEditorListSchema } } },
      ...stageEditorProblemResponses,
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const tenantId = member.tenant.id;
    const answer = await withTenant(deps.db, tenantId, async (tx) => {
      const { timeZone } = await requireAdminSource(tx, tenantId);
      const config = await readStagesConfigIn(tx, tenantId, timeZone);
      return {
        stages: (config?.stages ?? []).map((stage) => ({
          key: stage.key,
          title: stage.title,
          category: stage.category,
          place: stage.place,
          sessions: stage.sessions.length,
        })),
        places: config?.places ?? [],
        questionForms: await questionForms(tx, tenantId),
        categories: [...STAGE_CATEGORIES],
        languages: member.tenant.publicConfig.languages,
      };
    });
    return c.json(answer, 200);
  });
}
