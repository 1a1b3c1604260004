import type { Database } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import type { TenantDirectory } from '../tenants/tenant-directory.ts';
import { registerGetEventAvailability } from './get-event-availability.ts';
import { registerGetEventEquipment } from './get-event-equipment.ts';
import { registerGetEventPlaces } from './get-event-places.ts';
import { registerGetEventTypes } from './get-event-types.ts';
import { registerGetEvents } from './get-events.ts';
import { registerGetEventsIcs } from './get-events-ics.ts';

/** The public event routes: configuration, availability and the open calendar (JSON and ICS). */
export function registerEventRoutes(
  app: OpenAPIHono<AppEnv>,
  deps: { db: Database; tenants: TenantDirectory },
): void {
  registerGetEventTypes(app, deps);
  registerGetEventPlaces(app, deps);
  registerGetEventEquipment(app, deps);
  registerGetEventAvailability(app, deps);
  registerGetEvents(app, deps);
  registerGetEventsIcs(app, deps);
}
