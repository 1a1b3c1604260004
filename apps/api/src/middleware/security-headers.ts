import { createMiddleware } from 'hono/factory';

/**
 * Headers for every answer. The API serves data and scripts to other sites (widgets), so its
 * resources are cross-origin readable (CORS decides who may read data); nothing may frame it.
 * Headers that only matter to documents or to long-gone browsers are left out.
 *
 * Set before the handler runs (a route such as the API reference page may replace one): Hono's
 * secureHeaders adds them to the finished response, which takes the Node adapter off its fast
 * path and costs the read path a good share of its throughput.
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
  for (const [name, value] of HEADERS) c.header(name, value);
  await next();
});
