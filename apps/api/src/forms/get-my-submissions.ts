import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { problemResponse } from '../problems/problem.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import type { FormRouteDeps } from './form-route-deps.ts';
import { MY_SUBMISSIONS_PATH } from './form-route-deps.ts';
import { mySubmissionsSchema } from './form-schemas.ts';
import { presentSubmission } from './present-submission.ts';
import { listSubmissions } from './submission-store.ts';

export function registerGetMySubmissions(app: OpenAPIHono<AppEnv>, deps: FormRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: MY_SUBMISSIONS_PATH,
    tags: ['Forms'],
    summary: 'My requests',
    description:
      'The forms I sent in this commune, newest first, with their status as citizens see it: a step the commune ' +
      'keeps internal shows as the last step I could see.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: { params: tenantParamsSchema },
    responses: {
      200: { description: 'My requests', content: { 'application/json': { schema: mySubmissionsSchema } } },
      ...citizenProblemResponses,
      404: problemResponse('No such commune'),
    },
  });
  app.openapi(route, async (c) => {
    const tenant = await resolveCommune(deps.tenants, c.req.valid('param').tenant);
    const { languages } = tenant.publicConfig;
    const rows = await withTenant(deps.db, tenant.id, (tx) =>
      listSubmissions(tx, tenant.id, { userId: c.var.citizen.userId }),
    );
    return c.json({ submissions: rows.map((row) => presentSubmission(row, languages)) }, 200);
  });
}
