import createClient from 'openapi-fetch';
import type { paths } from './schema.d.ts';

/**
 * The typed client of the staff API (types generated from the OpenAPI document into schema.d.ts).
 * Same origin as the page: the session is a first-party cookie the browser sends by itself.
 */
export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
