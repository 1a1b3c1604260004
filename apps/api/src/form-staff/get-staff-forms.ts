import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { activeForms } from '../forms/form-store.ts';
import { staffMiddleware, staffProblemResponses } from '../staff/staff-route-deps.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import type { FormStaffRouteDeps } from './form-staff-route-deps.ts';
import { STAFF_FORMS_PATH } from './form-staff-route-deps.ts';
import { staffFormsSchema } from './form-staff-schemas.ts';
import { presentStatuses } from './present-staff-submission.ts';
import { countsByStatus } from './staff-form.ts';
import { statusCounts } from './submission-staff-store.ts';

export function registerGetStaffForms(app: OpenAPIHono<AppEnv>, deps: FormStaffRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: STAFF_FORMS_PATH,
    tags: ['Staff: forms'],
    summary: 'The commune’s forms with their submissions per status (admin, form-agent)',
    middleware: staffMiddleware(deps, 'forms:handle'),
    request: { params: tenantParamsSchema },
    responses: {
      200: { description: 'Forms', content: { 'application/json': { schema: staffFormsSchema } } },
      ...staffProblemResponses,
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const forms = await withTenant(deps.db, member.tenant.id, async (tx) => {
      const versions = await activeForms(tx, member.tenant.id);
      const counts = await statusCounts(tx, member.tenant.id);
      return versions.map((form) => ({
        key: form.key,
        version: form.version,
        title: form.definition.title,
        statuses: presentStatuses(form.workflow),
        counts: countsByStatus(
          form.workflow.statuses,
          counts.filter((row) => row.formKey === form.key),
        ),
      }));
    });
    return c.json({ forms }, 200);
  });
}
