import { api } from '../api/api-client.ts';
import { settle } from '../api/api-result.ts';
import type { EventEquipmentInput, EventPlaceInput, EventTypeInput } from '../api/api-types.ts';

const commune = (tenant: string) => ({ params: { path: { tenant } } });
const eventType = (tenant: string, typeKey: string) => ({ params: { path: { tenant, typeKey } } });

/** The commune's event types, places and equipment, to edit them (communes whose back-office is the truth). */
export function readEventConfiguration(tenant: string) {
  return settle(api.GET('/v1/admin/tenants/{tenant}/event-configuration', commune(tenant)));
}

export function createEventType(tenant: string, body: EventTypeInput & { key: string }) {
  return settle(
    api.POST('/v1/admin/tenants/{tenant}/event-configuration/types', { ...commune(tenant), body }),
  );
}

export function saveEventType(tenant: string, typeKey: string, body: EventTypeInput) {
  return settle(
    api.PUT('/v1/admin/tenants/{tenant}/event-configuration/types/{typeKey}', {
      ...eventType(tenant, typeKey),
      body,
    }),
  );
}

export function removeEventType(tenant: string, typeKey: string) {
  return settle(
    api.DELETE('/v1/admin/tenants/{tenant}/event-configuration/types/{typeKey}', eventType(tenant, typeKey)),
  );
}

export function saveEventPlaces(tenant: string, places: EventPlaceInput[]) {
  return settle(
    api.PUT('/v1/admin/tenants/{tenant}/event-configuration/places', {
      ...commune(tenant),
      body: { places },
    }),
  );
}

export function saveEventEquipment(tenant: string, equipment: EventEquipmentInput[]) {
  return settle(
    api.PUT('/v1/admin/tenants/{tenant}/event-configuration/equipment', {
      ...commune(tenant),
      body: { equipment },
    }),
  );
}
