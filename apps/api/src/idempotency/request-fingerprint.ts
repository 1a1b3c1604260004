import { createHash } from 'node:crypto';
import { z } from '@hono/zod-openapi';

/** How long a key and its answer are kept: a retry after that is a new request. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** The optional `Idempotency-Key` request header of a write citizens retry. */
export const idempotencyHeadersSchema = z.object({
  'idempotency-key': z
    .string()
    .min(8)
    .max(128)
    .regex(/^[\x21-\x7e]+$/, { error: 'Printable ASCII without spaces' })
    .optional()
    .openapi({
      param: { name: 'idempotency-key', in: 'header' },
      description:
        'A key of your choosing (a UUID is fine). A retry with the same key gets the first answer and changes nothing; the same key with another request is refused (422). Kept 24 hours.',
      example: '0f8e4f0e-4c1b-4d59-9a53-2f8f1d1c6a77',
    }),
});

/** The same JSON with object keys in order, so two spellings of one request compare equal. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, item]) => [key, canonical(item)]),
    );
  }
  return value;
}

/** sha256 of what identifies a request: method, path and validated body. */
export function requestFingerprint(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method.toUpperCase()} ${path}\n${JSON.stringify(canonical(body))}`)
    .digest('hex');
}
