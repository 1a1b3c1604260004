import { withTenant } from '@communa/db';
import { checkEventTypesContent } from '@communa/tenant-config';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { readEventConfiguration } from '../events/export-events.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import { EVENT_CONFIGURATION_PATH, eventTypeEditorProblemResponses } from './event-type-editor-route-deps.ts';
import { editableEventConfigurationSchema } from './event-type-editor-schemas.ts';
import { activeForms, requireAdminSource } from './event-type-editor-store.ts';

export function registerGetEventConfiguration(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: EVENT_CONFIGURATION_PATH,
    tags: ['Staff: event type editor'],
    summary:
      'The commune’s event types, bookable places and lent equipment, to edit them (admin; communes with source: admin)',
    description:
      'In the shape of event-types.yaml, with the forms a type may use, the services that give opinions and the missing translations as warnings.',
    middleware: staffMiddleware(deps, 'event-types:design'),
    request: { params: tenantParamsSchema },
    responses: {
      200: {
        description: 'The configuration',
        content: { 'application/json': { schema: editableEventConfigurationSchema } },
      },
      ...eventTypeEditorProblemResponses,
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const languages = member.tenant.publicConfig.languages;
    const { config, forms, formKeys, fileFields } = await withTenant(
      deps.db,
      member.tenant.id,
      async (tx) => {
        await requireAdminSource(tx, member.tenant.id);
        return {
          config: await readEventConfiguration(tx, member.tenant.id),
          ...(await activeForms(tx, member.tenant.id)),
        };
      },
    );
    const checked = checkEventTypesContent(config, { languages, formKeys, fileFields });
    const warnings = (checked.ok ? checked.warnings : checked.issues).map(({ path, code, message }) => ({
      path,
      code,
      message,
    }));
    return c.json(
      {
        languages,
        forms,
        services: config.advisoryServices.map(({ key, name }) => ({ key, name })),
        types: config.types,
        places: config.places,
        equipment: config.equipment,
        warnings,
      },
      200,
    );
  });
}
