import type { components } from '../api/schema.d.ts';
import type { ApiClient } from '../core/api-client.ts';
import { createApiClient } from '../core/api-client.ts';
import type { CalendarQuery } from './calendar-query.ts';

/** The calendar as the client reads it (the generated schema types a nullable address too narrowly). */
export type EventCalendar = NonNullable<Awaited<ReturnType<typeof readCalendar>>['data']>;
export type PublicEvent = EventCalendar['events'][number];
export type EventType = components['schemas']['EventType'];
export type EventAddress = components['schemas']['EventAddress'];

/** What went wrong with a read, in terms a message is chosen from. */
export type EventsError = 'not-found' | 'forbidden' | 'invalid' | 'network' | 'server';

export type EventsResult<T> = { ok: true; value: T } | { ok: false; error: EventsError };

/** The open calendar and the commune's event types, through the typed client. Never rejects. */
export class EventsApi {
  readonly #client: ApiClient;
  readonly #tenant: string;

  constructor(apiBase: string, tenant: string) {
    this.#client = createApiClient(apiBase);
    this.#tenant = tenant;
  }

  calendar(query: CalendarQuery): Promise<EventsResult<EventCalendar>> {
    return read(async () => {
      const { data, response } = await readCalendar(this.#client, this.#tenant, query);
      return data ? { ok: true, value: data } : { ok: false, error: errorOf(response.status) };
    });
  }

  types(): Promise<EventsResult<EventType[]>> {
    return read(async () => {
      const { data, response } = await this.#client.GET('/v1/tenants/{tenant}/event-types', {
        params: { path: { tenant: this.#tenant } },
      });
      return data ? { ok: true, value: data.types } : { ok: false, error: errorOf(response.status) };
    });
  }
}

function readCalendar(client: ApiClient, tenant: string, query: CalendarQuery) {
  return client.GET('/v1/tenants/{tenant}/events', { params: { path: { tenant }, query } });
}

async function read<T>(run: () => Promise<EventsResult<T>>): Promise<EventsResult<T>> {
  try {
    return await run();
  } catch (error) {
    // A body that is not JSON comes from a broken server or proxy, not from the visitor's connection.
    return { ok: false, error: error instanceof SyntaxError ? 'server' : 'network' };
  }
}

function errorOf(status: number): EventsError {
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  return status >= 400 && status < 500 ? 'invalid' : 'server';
}
