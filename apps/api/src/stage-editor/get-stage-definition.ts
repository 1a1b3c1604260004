import { withTenant } from '@communa/db';
import { checkStagesContent, STAGE_CATEGORIES, STAGES_FILE } from '@communa/tenant-config';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { ProblemError } from '../problems/problem.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { stageProblems } from '../stages/errors.ts';
import { readStagesConfigIn } from '../stages/export-stages.ts';
import { editorDefinition, editorIssues, mergeStage } from './stage-definition.ts';
import { STAGE_DEFINITION_PATH, stageEditorProblemResponses } from './stage-editor-route-deps.ts';
import { editableStageSchema, stageParamsSchema } from './stage-editor-schemas.ts';
import { heldSessions, questionForms, requireActiveStage, requireAdminSource } from './stage-editor-store.ts';

export function registerGetStageDefinition(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: STAGE_DEFINITION_PATH,
    tags: ['Staff: stage editor'],
    summary: 'A stage’s current definition, to edit it (admin, stage-manager; communes with source: admin)',
    middleware: staffMiddleware(deps, 'stages:design'),
    request: { params: stageParamsSchema },
    responses: {
      200: { description: 'The stage', content: { 'application/json': { schema: editableStageSchema } } },
      ...stageEditorProblemResponses,
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const tenantId = member.tenant.id;
    const { stageKey } = c.req.valid('param');
    const languages = member.tenant.publicConfig.languages;
    const answer = await withTenant(deps.db, tenantId, async (tx) => {
      // The stage first: another commune's key is 404 whatever this commune's source.
      await requireActiveStage(tx, tenantId, stageKey);
      const { timeZone } = await requireAdminSource(tx, tenantId);
      const config = await readStagesConfigIn(tx, tenantId, timeZone);
      const stage = config?.stages.find((candidate) => candidate.key === stageKey);
      if (!config || !stage) throw new ProblemError(stageProblems.stageNotFound);
      const place = config.places.find((candidate) => candidate.key === stage.place);
      const definition = editorDefinition(stage, place);
      const forms = await questionForms(tx, tenantId);
      // Its translation warnings, as a save of it would give them.
      const merged = mergeStage(config, stageKey, definition);
      const checked = checkStagesContent(merged.input, { file: STAGES_FILE, languages, timeZone });
      return {
        key: stageKey,
        definition,
        sessions: (await heldSessions(tx, tenantId, stageKey, false))
          .filter((session) => session.active)
          .map(({ key, seatsTaken, enrolments }) => ({ key, seatsTaken, enrolments })),
        places: config.places,
        questionForms: forms,
        categories: [...STAGE_CATEGORIES],
        languages,
        warnings: editorIssues(checked.issues, merged, 'warning'),
      };
    });
    return c.json(answer, 200);
  });
}
