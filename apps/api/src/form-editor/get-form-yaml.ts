import { withTenant } from '@communa/db';
import { toFormYaml } from '@communa/tenant-config';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { staffForm } from '../form-staff/staff-form.ts';
import { formParamsSchema } from '../forms/form-schemas.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { FORM_DEFINITION_PATH, formEditorProblemResponses } from './form-editor-route-deps.ts';
import { requireAdminSource } from './form-editor-store.ts';

export function registerGetFormYaml(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: `${FORM_DEFINITION_PATH}.yaml`,
    tags: ['Staff: form editor'],
    summary: 'A form’s current version as tenants/<slug>/forms/<key>.yaml (what tenants:export writes)',
    middleware: staffMiddleware(deps, 'forms:design'),
    request: { params: formParamsSchema },
    responses: {
      200: {
        description: 'The YAML file, as a download',
        headers: z.object({ 'Content-Disposition': z.string() }),
        content: { 'application/yaml': { schema: z.string() } },
      },
      ...formEditorProblemResponses,
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { formKey } = c.req.valid('param');
    const form = await withTenant(deps.db, member.tenant.id, async (tx) => {
      // The form first: another commune's key is 404 whatever this commune's source.
      const form = await staffForm(tx, member.tenant.id, formKey);
      await requireAdminSource(tx, member.tenant.id);
      return form;
    });
    const { version: _version, ...definition } = form.definition;
    const text = toFormYaml({ ...form, definition }, member.tenant.publicConfig.languages.default);
    return c.body(text, 200, {
      'content-type': 'application/yaml; charset=utf-8',
      'content-disposition': `attachment; filename="${formKey}.yaml"`,
      'cache-control': 'no-store',
    });
  });
}
