import type { components, paths } from '../api/schema.d.ts';
import type { ApiClient } from '../core/api-client.ts';
import { createApiClient } from '../core/api-client.ts';

export type EventType = components['schemas']['EventType'];
export type EventPlace = components['schemas']['EventPlace'];
export type EventEquipmentItem = components['schemas']['EventEquipmentItem'];
export type Availability = components['schemas']['EventAvailability'];
/** A request as the client reads it (the generated schema types a nullable address too narrowly). */
export type EventRequest = NonNullable<Awaited<ReturnType<typeof readRequest>>['data']>;
export type EventRequestSummary = components['schemas']['EventRequestSummary'];
export type EventRequestInput = components['schemas']['EventRequestInput'];
export type AvailabilityQuery =
  paths['/v1/tenants/{tenant}/event-availability']['get']['parameters']['query'];
export type FieldError = components['schemas']['FieldError'];
export type AssociationSummary = components['schemas']['AssociationSummary'];
type Problem = components['schemas']['Problem'];

/** What went wrong with a call, in terms a message is chosen from. */
export type RequestApiError =
  | 'not-found'
  | 'forbidden'
  | 'unauthorized'
  | 'not-editable'
  | 'invalid'
  | 'network'
  | 'server';

export type RequestResult<T> = { ok: true; value: T } | { ok: false; error: RequestApiError };

/** A submission refused (422 event_request_refused) comes back with every reason. */
export type SubmitResult =
  | RequestResult<EventRequest>
  | { ok: false; error: 'refused'; errors: FieldError[] };

/** What the commune offers to requesters: its event types, bookable places and equipment. */
export interface EventOffer {
  types: EventType[];
  places: EventPlace[];
  equipment: EventEquipmentItem[];
}

const PROBLEM_ERRORS: Readonly<Record<string, RequestApiError>> = {
  unauthorized: 'unauthorized',
  tenant_not_found: 'not-found',
  event_request_not_found: 'not-found',
  event_request_not_editable: 'not-editable',
  event_request_not_submittable: 'not-editable',
};

function failure(problem: Problem | undefined, status: number): { ok: false; error: RequestApiError } {
  const known = problem?.code ? PROBLEM_ERRORS[problem.code] : undefined;
  if (known) return { ok: false, error: known };
  if (status === 401) return { ok: false, error: 'unauthorized' };
  if (status === 403) return { ok: false, error: 'forbidden' };
  if (status === 404) return { ok: false, error: 'not-found' };
  return { ok: false, error: status >= 400 && status < 500 ? 'invalid' : 'server' };
}

/**
 * The event permit routes of one commune through the typed client: what it offers, the live
 * availability check, and the signed-in requester's own requests. Never rejects.
 */
export class EventRequestApi {
  readonly #client: ApiClient;
  readonly #tenant: string;
  readonly #lang: string;

  constructor(apiBase: string, tenant: string, lang: string) {
    this.#client = createApiClient(apiBase);
    this.#tenant = tenant;
    this.#lang = lang;
  }

  offer(): Promise<RequestResult<EventOffer>> {
    return call(async () => {
      const params = { params: { path: { tenant: this.#tenant } } };
      const [types, places, equipment] = await Promise.all([
        this.#client.GET('/v1/tenants/{tenant}/event-types', params),
        this.#client.GET('/v1/tenants/{tenant}/event-places', params),
        this.#client.GET('/v1/tenants/{tenant}/event-equipment', params),
      ]);
      if (types.data && places.data && equipment.data)
        return {
          ok: true,
          value: { types: types.data.types, places: places.data.places, equipment: equipment.data.equipment },
        };
      const failed = [types, places, equipment].find((answer) => !answer.data) ?? types;
      return failure(failed.error, failed.response.status);
    });
  }

  availability(query: AvailabilityQuery, signal: AbortSignal): Promise<RequestResult<Availability>> {
    return call(async () => {
      const { data, error, response } = await this.#client.GET('/v1/tenants/{tenant}/event-availability', {
        params: { path: { tenant: this.#tenant }, query },
        signal,
      });
      return data ? { ok: true, value: data } : failure(error, response.status);
    });
  }

  mine(token: string): Promise<RequestResult<EventRequestSummary[]>> {
    return call(async () => {
      const { data, error, response } = await this.#client.GET('/v1/tenants/{tenant}/me/event-requests', {
        params: { path: { tenant: this.#tenant } },
        headers: this.#headers(token),
      });
      return data ? { ok: true, value: data.requests } : failure(error, response.status);
    });
  }

  /** The associations the requester acts for: the choices of “on behalf of”. */
  associations(token: string): Promise<RequestResult<AssociationSummary[]>> {
    return call(async () => {
      const { data, error, response } = await this.#client.GET('/v1/tenants/{tenant}/me/associations', {
        params: { path: { tenant: this.#tenant } },
        headers: this.#headers(token),
      });
      return data ? { ok: true, value: data.associations } : failure(error, response.status);
    });
  }

  request(token: string, requestId: string): Promise<RequestResult<EventRequest>> {
    return call(async () => {
      const { data, error, response } = await readRequest(this.#client, this.#tenant, requestId, {
        Authorization: `Bearer ${token}`,
        'Accept-Language': this.#lang,
      });
      return data ? { ok: true, value: data } : failure(error, response.status);
    });
  }

  /** Writes the draft: a new one without `requestId`, else the one named. */
  save(
    token: string,
    requestId: string | undefined,
    body: EventRequestInput,
  ): Promise<RequestResult<EventRequest>> {
    return call(async () => {
      const { data, error, response } = requestId
        ? await this.#client.PUT('/v1/tenants/{tenant}/me/event-requests/{requestId}', {
            params: { path: { tenant: this.#tenant, requestId } },
            headers: this.#headers(token),
            body,
          })
        : await this.#client.POST('/v1/tenants/{tenant}/me/event-requests', {
            params: { path: { tenant: this.#tenant } },
            headers: this.#headers(token),
            body,
          });
      return data ? { ok: true, value: data } : failure(error, response.status);
    });
  }

  async submit(token: string, requestId: string): Promise<SubmitResult> {
    let refused: FieldError[] | undefined;
    const result = await call<EventRequest>(async () => {
      const { data, error, response } = await this.#client.POST(
        '/v1/tenants/{tenant}/me/event-requests/{requestId}/submission',
        { params: { path: { tenant: this.#tenant, requestId } }, headers: this.#headers(token) },
      );
      if (data) return { ok: true, value: data };
      if (error?.code === 'event_request_refused') refused = error.errors ?? [];
      return failure(error, response.status);
    });
    return refused ? { ok: false, error: 'refused', errors: refused } : result;
  }

  #headers(token: string): Record<string, string> {
    return { Authorization: `Bearer ${token}`, 'Accept-Language': this.#lang };
  }
}

async function call<T>(request: () => Promise<RequestResult<T>>): Promise<RequestResult<T>> {
  try {
    return await request();
  } catch (error) {
    // A body that is not JSON comes from a broken server or proxy, not from the visitor's connection.
    return { ok: false, error: error instanceof SyntaxError ? 'server' : 'network' };
  }
}

function readRequest(client: ApiClient, tenant: string, requestId: string, headers: Record<string, string>) {
  return client.GET('/v1/tenants/{tenant}/me/event-requests/{requestId}', {
    params: { path: { tenant, requestId } },
    headers,
  });
}
