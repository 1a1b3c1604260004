import { withTenant } from '@communa/db';
import { fillTranslations } from '@communa/tenant-config';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { resolveCommune } from '../households/household-route-deps.ts';
import { problemResponse } from '../problems/problem.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import type { FormRouteDeps } from './form-route-deps.ts';
import { FORMS_PATH } from './form-route-deps.ts';
import { formListSchema } from './form-schemas.ts';
import { activeForms } from './form-store.ts';

export function registerGetForms(app: OpenAPIHono<AppEnv>, deps: FormRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: FORMS_PATH,
    tags: ['Forms'],
    summary: 'The forms a commune offers',
    description:
      'Active forms at their current version, in key order, each title in every language the commune offers.',
    request: { params: tenantParamsSchema },
    responses: {
      200: { description: 'The forms', content: { 'application/json': { schema: formListSchema } } },
      403: problemResponse('The calling website may not embed this commune'),
      404: problemResponse('No such commune'),
    },
  });
  app.openapi(route, async (c) => {
    const tenant = await resolveCommune(deps.tenants, c.req.valid('param').tenant);
    const languages = tenant.publicConfig.languages;
    const forms = await withTenant(deps.db, tenant.id, (tx) => activeForms(tx, tenant.id));
    return c.json(
      {
        forms: forms.map((form) => ({
          key: form.key,
          version: form.version,
          title: fillTranslations(form.definition.title, languages),
          access: form.access,
        })),
      },
      200,
    );
  });
}
