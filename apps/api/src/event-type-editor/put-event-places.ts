import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { problemResponse } from '../problems/problem.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import {
  EVENT_CONFIGURATION_PATH,
  eventTypeEditorProblemResponses,
  invalidConfigurationResponse,
} from './event-type-editor-route-deps.ts';
import { placesInputSchema, savedEventConfigurationSchema } from './event-type-editor-schemas.ts';
import {
  lockedEventConfiguration,
  refuseRemovingKeysInUse,
  removedKeys,
  requireAdminSource,
  saveEventConfiguration,
} from './event-type-editor-store.ts';

export function registerPutEventPlaces(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'put',
    path: `${EVENT_CONFIGURATION_PATH}/places`,
    tags: ['Staff: event type editor'],
    summary:
      'Saves the bookable places, in order, as tenants:apply would; a place left out is removed (communes with source: admin)',
    middleware: staffMiddleware(deps, 'event-types:design'),
    request: {
      params: tenantParamsSchema,
      body: { required: true, content: { 'application/json': { schema: placesInputSchema } } },
    },
    responses: {
      200: {
        description: 'Saved',
        content: { 'application/json': { schema: savedEventConfigurationSchema } },
      },
      ...eventTypeEditorProblemResponses,
      409: problemResponse(
        'Open requests book a place left out (event_place_in_use), or the commune’s event types are managed as code (event_types_managed_as_code)',
      ),
      422: invalidConfigurationResponse,
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { places } = c.req.valid('json');
    const saved = await withTenant(deps.db, member.tenant.id, async (tx) => {
      await requireAdminSource(tx, member.tenant.id);
      const before = await lockedEventConfiguration(tx, member.tenant.id);
      await refuseRemovingKeysInUse(tx, member.tenant.id, 'place', removedKeys(before.places, places));
      return saveEventConfiguration(tx, member, {
        before,
        after: { ...before, places },
        action: 'events.places_saved',
        scope: 'places',
        target: 'places',
      });
    });
    return c.json(saved, 200);
  });
}
