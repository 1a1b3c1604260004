import { withTenant } from '@communa/db';
import { calendarDayInBrussels, cleanAnswers } from '@communa/forms';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { presentDraft, saveDraft } from './draft-store.ts';
import { formProblems } from './errors.ts';
import type { FormRouteDeps } from './form-route-deps.ts';
import { DRAFT_PATH } from './form-route-deps.ts';
import { draftInputSchema, draftSchema, formParamsSchema } from './form-schemas.ts';
import { activeFormVersion } from './form-store.ts';

export function registerPutDraft(app: OpenAPIHono<AppEnv>, deps: FormRouteDeps): void {
  const route = createRoute({
    method: 'put',
    path: DRAFT_PATH,
    tags: ['Forms'],
    summary: 'Save my draft of a form',
    description:
      'Keeps answers in progress, one draft per form: they need not be complete or valid yet (sending checks them). ' +
      'Answers the other answers hide and keys the form does not have are dropped, as they would be on sending. ' +
      'The draft is removed when the form is sent.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: {
      params: formParamsSchema,
      body: { required: true, content: { 'application/json': { schema: draftInputSchema } } },
    },
    responses: {
      200: { description: 'Saved', content: { 'application/json': { schema: draftSchema } } },
      400: problemResponse('Not valid; nothing was written'),
      ...citizenProblemResponses,
      404: problemResponse(
        'No such commune, no such active form in it (form_not_found), or no such version of it (form_version_not_found)',
      ),
      413: problemResponse('The request body is too large'),
      422: problemResponse('The version has no such page (form_page_not_found)'),
    },
  });
  app.openapi(route, async (c) => {
    const params = c.req.valid('param');
    const tenant = await resolveCommune(deps.tenants, params.tenant);
    const input = c.req.valid('json');
    const saved = await withTenant(deps.db, tenant.id, async (tx) => {
      const found = await activeFormVersion(tx, tenant.id, params.formKey, input.version);
      if (found.form === 'missing') throw new ProblemError(formProblems.formNotFound);
      const form = found.version;
      if (!form)
        throw new ProblemError(formProblems.versionNotFound, `The form has no version ${input.version}`);
      if (input.page >= form.definition.pages.length)
        throw new ProblemError(
          formProblems.pageNotFound,
          `The form has ${form.definition.pages.length} pages`,
        );
      const answers = cleanAnswers(form.definition, input.answers, {
        today: calendarDayInBrussels(new Date()),
      });
      return saveDraft(
        tx,
        { tenantId: tenant.id, userId: c.var.citizen.userId, formKey: form.key },
        { version: form.version, answers, page: input.page },
      );
    });
    return c.json(presentDraft(saved), 200);
  });
}
