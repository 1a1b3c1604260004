import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { deleteDraft } from './draft-store.ts';
import { formProblems } from './errors.ts';
import type { FormRouteDeps } from './form-route-deps.ts';
import { DRAFT_PATH } from './form-route-deps.ts';
import { formParamsSchema } from './form-schemas.ts';
import { currentFormVersion } from './form-store.ts';

export function registerDeleteDraft(app: OpenAPIHono<AppEnv>, deps: FormRouteDeps): void {
  const route = createRoute({
    method: 'delete',
    path: DRAFT_PATH,
    tags: ['Forms'],
    summary: 'Discard my draft of a form',
    description: 'Removes my saved answers; discarding a draft that does not exist changes nothing.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: { params: formParamsSchema },
    responses: {
      204: { description: 'Discarded' },
      ...citizenProblemResponses,
      404: problemResponse('No such commune, or no such active form in it (form_not_found)'),
    },
  });
  app.openapi(route, async (c) => {
    const params = c.req.valid('param');
    const tenant = await resolveCommune(deps.tenants, params.tenant);
    await withTenant(deps.db, tenant.id, async (tx) => {
      if (!(await currentFormVersion(tx, tenant.id, params.formKey)))
        throw new ProblemError(formProblems.formNotFound);
      await deleteDraft(tx, { tenantId: tenant.id, userId: c.var.citizen.userId, formKey: params.formKey });
    });
    return c.body(null, 204);
  });
}
