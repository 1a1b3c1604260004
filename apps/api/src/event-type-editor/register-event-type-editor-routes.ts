import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { registerDeleteEventType } from './delete-event-type.ts';
import { registerGetEventConfiguration } from './get-event-configuration.ts';
import { registerPostEventType } from './post-event-type.ts';
import { registerPutEventEquipment } from './put-event-equipment.ts';
import { registerPutEventPlaces } from './put-event-places.ts';
import { registerPutEventType } from './put-event-type.ts';

/**
 * The back-office's editor of event types, bookable places and lent equipment (admin), for communes
 * whose back-office is the truth (`source: admin`). Registered after the staff routes: cookie-only
 * sessions, same-origin writes.
 */
export function registerEventTypeEditorRoutes(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  registerGetEventConfiguration(app, deps);
  registerPostEventType(app, deps);
  registerPutEventType(app, deps);
  registerDeleteEventType(app, deps);
  registerPutEventPlaces(app, deps);
  registerPutEventEquipment(app, deps);
}
