import createClient from 'openapi-fetch';
import type { paths } from '../api/schema.d.ts';

/** The typed client of the public API, generated types in `src/api/schema.d.ts`. */
export type ApiClient = ReturnType<typeof createClient<paths>>;

export function createApiClient(baseUrl: string, fetchImpl?: typeof fetch): ApiClient {
  return createClient<paths>(fetchImpl ? { baseUrl, fetch: fetchImpl } : { baseUrl });
}
