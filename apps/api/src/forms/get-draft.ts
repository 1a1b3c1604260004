import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { findDraft, presentDraft } from './draft-store.ts';
import { formProblems } from './errors.ts';
import type { FormRouteDeps } from './form-route-deps.ts';
import { DRAFT_PATH } from './form-route-deps.ts';
import { draftSchema, formParamsSchema } from './form-schemas.ts';
import { currentFormVersion } from './form-store.ts';

export function registerGetDraft(app: OpenAPIHono<AppEnv>, deps: FormRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: DRAFT_PATH,
    tags: ['Forms'],
    summary: 'My draft of a form',
    description: 'The answers I saved, with the version they were given against and the page to resume on.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: { params: formParamsSchema },
    responses: {
      200: { description: 'My draft', content: { 'application/json': { schema: draftSchema } } },
      ...citizenProblemResponses,
      404: problemResponse(
        'No such commune or active form (form_not_found), or no draft of it (form_draft_not_found)',
      ),
    },
  });
  app.openapi(route, async (c) => {
    const params = c.req.valid('param');
    const tenant = await resolveCommune(deps.tenants, params.tenant);
    const draft = await withTenant(deps.db, tenant.id, async (tx) => {
      if (!(await currentFormVersion(tx, tenant.id, params.formKey)))
        throw new ProblemError(formProblems.formNotFound);
      return findDraft(tx, { tenantId: tenant.id, userId: c.var.citizen.userId, formKey: params.formKey });
    });
    if (!draft) throw new ProblemError(formProblems.draftNotFound);
    return c.json(presentDraft(draft), 200);
  });
}
