import { createHash } from 'node:crypto';
import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { resolveCommune } from '../households/household-route-deps.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { formProblems } from './errors.ts';
import type { FormRouteDeps } from './form-route-deps.ts';
import { CASE_PATH } from './form-route-deps.ts';
import { caseHeadersSchema, caseParamsSchema, mySubmissionSchema } from './form-schemas.ts';
import { presentSubmission } from './present-submission.ts';
import { listSubmissions } from './submission-store.ts';

export function registerGetCase(app: OpenAPIHono<AppEnv>, deps: FormRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: CASE_PATH,
    tags: ['Forms'],
    summary: 'Follow an anonymous case',
    description:
      'The status of a form sent anonymously, with the case code (its reference) and the secret given when it was ' +
      'sent. An unknown code and a wrong secret answer alike (404), so neither can be told from the other.',
    request: { params: caseParamsSchema, headers: caseHeadersSchema },
    responses: {
      200: { description: 'The case', content: { 'application/json': { schema: mySubmissionSchema } } },
      403: problemResponse('The calling website may not embed this commune'),
      404: problemResponse(
        'No such commune, or no such case with this secret, or no secret sent (case_not_found)',
      ),
    },
  });
  app.openapi(route, async (c) => {
    const params = c.req.valid('param');
    const tenant = await resolveCommune(deps.tenants, params.tenant);
    const secret = c.req.valid('header')['x-communa-case-secret'];
    if (!secret) throw new ProblemError(formProblems.caseNotFound);
    const caseSecretHash = createHash('sha256').update(secret).digest('hex');
    const [found] = await withTenant(deps.db, tenant.id, (tx) =>
      listSubmissions(tx, tenant.id, { reference: params.caseCode, caseSecretHash }),
    );
    if (!found) throw new ProblemError(formProblems.caseNotFound);
    return c.json(presentSubmission(found, tenant.publicConfig.languages), 200);
  });
}
