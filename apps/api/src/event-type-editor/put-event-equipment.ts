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
import { equipmentInputListSchema, savedEventConfigurationSchema } from './event-type-editor-schemas.ts';
import {
  lockedEventConfiguration,
  refuseRemovingKeysInUse,
  removedKeys,
  requireAdminSource,
  saveEventConfiguration,
} from './event-type-editor-store.ts';
import { refuseStockUnderLoans } from './stock-under-loans.ts';

export function registerPutEventEquipment(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'put',
    path: `${EVENT_CONFIGURATION_PATH}/equipment`,
    tags: ['Staff: event type editor'],
    summary:
      'Saves the equipment lent and its stock, in order, as tenants:apply would; an item left out is removed (communes with source: admin)',
    middleware: staffMiddleware(deps, 'event-types:design'),
    request: {
      params: tenantParamsSchema,
      body: { required: true, content: { 'application/json': { schema: equipmentInputListSchema } } },
    },
    responses: {
      200: {
        description: 'Saved',
        content: { 'application/json': { schema: savedEventConfigurationSchema } },
      },
      ...eventTypeEditorProblemResponses,
      409: problemResponse(
        'Open requests borrow equipment left out (event_equipment_in_use) or more units at once than a lowered stock (event_equipment_stock_in_use), or the commune’s event types are managed as code (event_types_managed_as_code)',
      ),
      422: invalidConfigurationResponse,
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { equipment } = c.req.valid('json');
    const saved = await withTenant(deps.db, member.tenant.id, async (tx) => {
      await requireAdminSource(tx, member.tenant.id);
      const before = await lockedEventConfiguration(tx, member.tenant.id);
      await refuseRemovingKeysInUse(
        tx,
        member.tenant.id,
        'equipment',
        removedKeys(before.equipment, equipment),
      );
      return saveEventConfiguration(tx, member, {
        before,
        after: { ...before, equipment },
        action: 'events.equipment_saved',
        scope: 'equipment',
        target: 'equipment',
        guard: (config) =>
          refuseStockUnderLoans(tx, member.tenant.id, before.equipment, config.equipment, new Date()),
      });
    });
    return c.json(saved, 200);
  });
}
