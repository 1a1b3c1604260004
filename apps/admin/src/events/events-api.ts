import { api } from '../api/api-client.ts';
import { type ApiResult, networkFailure, problemCode, settle } from '../api/api-result.ts';
import type {
  DecisionInput,
  EventEquipment,
  EventPlaces,
  EventRequestStatus,
  EventServices,
  EventTypes,
  OpinionInput,
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

/** Where the browser downloads a file the requester attached (same origin: the session cookie goes with it). */
export const requestFileUrl = (tenant: string, requestId: string, uploadId: string) =>
  `/v1/admin/tenants/${encodeURIComponent(tenant)}/event-requests/${encodeURIComponent(requestId)}/attachments/${encodeURIComponent(uploadId)}`;

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

export function readEventServices(tenant: string): Promise<ApiResult<EventServices>> {
  return settle(api.GET('/v1/admin/tenants/{tenant}/event-services', { params: { path: { tenant } } }));
}

export function requestOpinions(
  tenant: string,
  requestId: string,
  body: { services?: string[]; dueOn: string; question?: string },
) {
  return settle(
    api.POST('/v1/admin/tenants/{tenant}/event-requests/{requestId}/opinion-requests', {
      ...request(tenant, requestId),
      body,
    }),
  );
}

const opinion = (tenant: string, requestId: string, serviceKey: string) => ({
  params: { path: { tenant, requestId, serviceKey } },
});

export function giveOpinion(tenant: string, requestId: string, serviceKey: string, body: OpinionInput) {
  return settle(
    api.PUT('/v1/admin/tenants/{tenant}/event-requests/{requestId}/opinions/{serviceKey}', {
      ...opinion(tenant, requestId, serviceKey),
      body,
    }),
  );
}

const opinionPath = (tenant: string, requestId: string, serviceKey: string) =>
  `/v1/admin/tenants/${encodeURIComponent(tenant)}/event-requests/${encodeURIComponent(requestId)}/opinions/${encodeURIComponent(serviceKey)}`;

/** Where the browser downloads an opinion's file (same origin: the session cookie goes with it). */
export const opinionFileUrl = (tenant: string, requestId: string, serviceKey: string, attachmentId: string) =>
  `${opinionPath(tenant, requestId, serviceKey)}/attachments/${encodeURIComponent(attachmentId)}`;

/** The file is the body itself, which the typed client does not send: a plain same-origin fetch. */
export async function addOpinionFile(
  tenant: string,
  requestId: string,
  serviceKey: string,
  file: File,
): Promise<ApiResult<unknown>> {
  try {
    const response = await fetch(`${opinionPath(tenant, requestId, serviceKey)}/attachments`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': file.type || 'application/octet-stream',
        'x-communa-file-name': encodeURIComponent(file.name),
      },
      body: file,
    });
    const body: unknown = await response.json().catch(() => undefined);
    return response.ok
      ? { ok: true, data: body }
      : { ok: false, status: response.status, code: problemCode(body, response.status) };
  } catch {
    return networkFailure;
  }
}

export function decide(tenant: string, requestId: string, body: DecisionInput) {
  return settle(
    api.POST('/v1/admin/tenants/{tenant}/event-requests/{requestId}/decision', {
      ...request(tenant, requestId),
      body,
    }),
  );
}

export function closeRequest(tenant: string, requestId: string, comment: string) {
  return settle(
    api.POST('/v1/admin/tenants/{tenant}/event-requests/{requestId}/closing', {
      ...request(tenant, requestId),
      body: comment ? { comment } : {},
    }),
  );
}

/** Where the browser downloads the decision letter (same origin: the session cookie goes with it). */
export const decisionLetterUrl = (tenant: string, requestId: string) =>
  `/v1/admin/tenants/${encodeURIComponent(tenant)}/event-requests/${encodeURIComponent(requestId)}/decision-letter`;
