import { createMiddleware } from 'hono/factory';
import { setResponseHeader } from '../http/node-headers.ts';

/**
 * Headers for every answer. The API serves data and scripts to other sites (widgets), so its
 * resources are cross-origin readable (CORS decides who may read data); nothing may frame it.
 * Headers that only matter to documents or to long-gone browsers are left out.
 *
 * Set before the handler runs, so a route (the API reference page) may replace one. Not Hono's
 * secureHeaders: it rewrites the finished response, which takes the Node adapter off its fast path.
 */
const HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'"],
  ['Cross-Origin-Resource-Policy', 'cross-origin'],
  ['Referrer-Policy', 'no-referrer'],
  ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
];

export const apiSecurityHeaders = createMiddleware(async (c, next) => {
  for (const [name, value] of HEADERS) setResponseHeader(c, name, value);
  await next();
});
