import { forms, withTenant } from '@communa/db';
import { DEFAULT_FORM_WORKFLOW } from '@communa/tenant-config';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { STAFF_FORMS_PATH } from '../form-staff/form-staff-route-deps.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import { formEditorProblems } from './errors.ts';
import { formEditorProblemResponses } from './form-editor-route-deps.ts';
import { newFormInputSchema, savedFormSchema } from './form-editor-schemas.ts';
import { requireAdminSource, saveForm } from './form-editor-store.ts';

export function registerPostForm(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'post',
    path: STAFF_FORMS_PATH,
    tags: ['Staff: form editor'],
    summary: 'Creates a form (version 1, the default workflow) in a commune with source: admin',
    middleware: staffMiddleware(deps, 'forms:design'),
    request: {
      params: tenantParamsSchema,
      body: { required: true, content: { 'application/json': { schema: newFormInputSchema } } },
    },
    responses: {
      201: { description: 'Created', content: { 'application/json': { schema: savedFormSchema } } },
      ...formEditorProblemResponses,
      409: problemResponse(
        'A form with this key exists, even deactivated (form_exists), or the commune’s forms are managed as code (forms_managed_as_code)',
      ),
      422: problemResponse('The definition is not valid (invalid_form_definition), each error with its path'),
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { key, ...input } = c.req.valid('json');
    const saved = await withTenant(deps.db, member.tenant.id, async (tx) => {
      await requireAdminSource(tx, member.tenant.id);
      // The key is claimed first: a second creation at the same time waits, then finds it taken. A
      // deactivated form keeps its key too, as its submissions still point at its versions.
      const [claimed] = await tx
        .insert(forms)
        .values({ tenantId: member.tenant.id, key, currentVersion: 1 })
        .onConflictDoNothing()
        .returning({ id: forms.id });
      if (!claimed) throw new ProblemError(formEditorProblems.formExists);
      return saveForm(tx, member, key, input, DEFAULT_FORM_WORKFLOW, 'forms.created');
    });
    return c.json(saved, 201);
  });
}
