import { api } from '../api/api-client.ts';
import { type ApiResult, settle } from '../api/api-result.ts';
import type {
  EventEquipment,
  EventPlaces,
  EventRequestStatus,
  EventTypes,
  StaffEventCalendar,
  StaffEventRequests,
} from '../api/api-types.ts';

const request = (tenant: string, requestId: string) => ({ params: { path: { tenant, requestId } } });

export interface RequestFilter {
  status?: EventRequestStatus;
  type?: string;
  place?: string;
  from?: string;
  to?: string;
  q?: string;
}

export function listRequests(tenant: string, filter: RequestFilter): Promise<ApiResult<StaffEventRequests>> {
  return settle(
    api.GET('/v1/admin/tenants/{tenant}/event-requests', { params: { path: { tenant }, query: filter } }),
  );
}

// The answers' types are left to openapi-fetch: the generated schema spells the request's nullable
// fields, under the staff extension, as an intersection no value satisfies.
export function readRequest(tenant: string, requestId: string) {
  return settle(api.GET('/v1/admin/tenants/{tenant}/event-requests/{requestId}', request(tenant, requestId)));
}

export type StaffEventRequest = Extract<Awaited<ReturnType<typeof readRequest>>, { ok: true }>['data'];

export function takeUnderReview(tenant: string, requestId: string, comment: string) {
  return settle(
    api.POST('/v1/admin/tenants/{tenant}/event-requests/{requestId}/review', {
      ...request(tenant, requestId),
      body: comment ? { comment } : {},
    }),
  );
}

export function sendBackIncomplete(tenant: string, requestId: string, comment: string) {
  return settle(
    api.POST('/v1/admin/tenants/{tenant}/event-requests/{requestId}/incomplete', {
      ...request(tenant, requestId),
      body: { comment },
    }),
  );
}

export function readCalendar(
  tenant: string,
  from: string,
  to: string,
): Promise<ApiResult<StaffEventCalendar>> {
  return settle(
    api.GET('/v1/admin/tenants/{tenant}/event-calendar', {
      params: { path: { tenant }, query: { from, to } },
    }),
  );
}

/** The commune's event types, places and equipment, to name what requests hold by their keys. */
export interface EventConfig {
  types: EventTypes['types'];
  places: EventPlaces['places'];
  equipment: EventEquipment['equipment'];
}

// The public configuration routes, same origin as the page (the API allows its own origin).
export async function readEventConfig(tenant: string): Promise<ApiResult<EventConfig>> {
  const path = { params: { path: { tenant } } };
  const [types, places, equipment] = await Promise.all([
    settle(api.GET('/v1/tenants/{tenant}/event-types', path)),
    settle(api.GET('/v1/tenants/{tenant}/event-places', path)),
    settle(api.GET('/v1/tenants/{tenant}/event-equipment', path)),
  ]);
  if (!types.ok) return types;
  if (!places.ok) return places;
  if (!equipment.ok) return equipment;
  return {
    ok: true,
    data: { types: types.data.types, places: places.data.places, equipment: equipment.data.equipment },
  };
}
