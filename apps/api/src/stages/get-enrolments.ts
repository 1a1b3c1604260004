import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { findHouseholdId } from '../households/household-store.ts';
import { problemResponse } from '../problems/problem.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import type { EnrolmentRouteDeps } from './enrolment-route-deps.ts';
import { ENROLMENTS_PATH } from './enrolment-route-deps.ts';
import { myEnrolmentsSchema } from './enrolment-schemas.ts';
import { householdEnrolments } from './enrolment-store.ts';
import { presentEnrolments } from './present-enrolments.ts';

export function registerGetEnrolments(app: OpenAPIHono<AppEnv>, deps: EnrolmentRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: ENROLMENTS_PATH,
    tags: ['Stages'],
    summary: 'My household’s enrolments',
    description:
      'Every enrolment of my household’s children (also those the other parent made), newest first, with status, ' +
      'waitlist position, reference and price. Empty without a household.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: { params: tenantParamsSchema },
    responses: {
      200: { description: 'My enrolments', content: { 'application/json': { schema: myEnrolmentsSchema } } },
      ...citizenProblemResponses,
      404: problemResponse('No such commune'),
    },
  });
  app.openapi(route, async (c) => {
    const tenant = await resolveCommune(deps.tenants, c.req.valid('param').tenant);
    const languages = tenant.publicConfig.languages;
    const enrolments = await withTenant(deps.db, tenant.id, async (tx) => {
      const householdId = await findHouseholdId(tx, tenant.id, c.var.citizen.userId);
      return householdId ? householdEnrolments(tx, tenant.id, householdId) : [];
    });
    return c.json({ enrolments: presentEnrolments(enrolments, languages) }, 200);
  });
}
