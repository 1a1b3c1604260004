import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { staffForm } from '../form-staff/staff-form.ts';
import { formParamsSchema } from '../forms/form-schemas.ts';
import { problemResponse } from '../problems/problem.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { refuseDroppingAttachmentFields } from './attachment-fields.ts';
import { FORM_DEFINITION_PATH, formEditorProblemResponses } from './form-editor-route-deps.ts';
import { formContentInputSchema, savedFormSchema } from './form-editor-schemas.ts';
import { requireAdminSource, saveForm } from './form-editor-store.ts';

export function registerPutFormDefinition(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'put',
    path: FORM_DEFINITION_PATH,
    tags: ['Staff: form editor'],
    summary:
      'Saves an edited form: a changed definition becomes a new version (submissions keep theirs), an unchanged one writes nothing',
    middleware: staffMiddleware(deps, 'forms:design'),
    request: {
      params: formParamsSchema,
      body: { required: true, content: { 'application/json': { schema: formContentInputSchema } } },
    },
    responses: {
      200: { description: 'Saved', content: { 'application/json': { schema: savedFormSchema } } },
      ...formEditorProblemResponses,
      409: problemResponse(
        'The change removes a file field an event type’s attachment is given at (form_attachment_field_needed), or the commune’s forms are managed as code in its forms/*.yaml files (forms_managed_as_code)',
      ),
      422: problemResponse('The definition is not valid (invalid_form_definition), each error with its path'),
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { formKey } = c.req.valid('param');
    const input = c.req.valid('json');
    const saved = await withTenant(deps.db, member.tenant.id, async (tx) => {
      // The form first: another commune's key is 404 whatever this commune's source.
      const form = await staffForm(tx, member.tenant.id, formKey);
      await requireAdminSource(tx, member.tenant.id);
      return saveForm(tx, member, formKey, input, form.workflow, 'forms.definition_saved', (definition) =>
        refuseDroppingAttachmentFields(tx, member.tenant.id, formKey, definition),
      );
    });
    return c.json(saved, 200);
  });
}
