import { withTenant } from '@communa/db';
import { checkFormContent } from '@communa/tenant-config';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { staffForm } from '../form-staff/staff-form.ts';
import { formParamsSchema } from '../forms/form-schemas.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { FORM_DEFINITION_PATH, formEditorProblemResponses } from './form-editor-route-deps.ts';
import { editableFormSchema } from './form-editor-schemas.ts';
import { asFieldErrors, editorDefinition, requireAdminSource } from './form-editor-store.ts';

export function registerGetFormDefinition(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: FORM_DEFINITION_PATH,
    tags: ['Staff: form editor'],
    summary: 'A form’s current definition, to edit it (admin, form-agent; communes with source: admin)',
    middleware: staffMiddleware(deps, 'forms:design'),
    request: { params: formParamsSchema },
    responses: {
      200: { description: 'The form', content: { 'application/json': { schema: editableFormSchema } } },
      ...formEditorProblemResponses,
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { formKey } = c.req.valid('param');
    const languages = member.tenant.publicConfig.languages;
    const form = await withTenant(deps.db, member.tenant.id, async (tx) => {
      // The form first: another commune's key is 404 whatever this commune's source.
      const form = await staffForm(tx, member.tenant.id, formKey);
      await requireAdminSource(tx, member.tenant.id);
      return form;
    });
    const definition = editorDefinition(form.definition);
    const checked = checkFormContent(
      { access: form.access, definition },
      { key: form.key, workflow: form.workflow, languages },
    );
    return c.json(
      {
        key: form.key,
        version: form.version,
        access: form.access,
        definition,
        languages,
        warnings: checked.ok ? asFieldErrors(checked.warnings) : asFieldErrors(checked.issues),
      },
      200,
    );
  });
}
