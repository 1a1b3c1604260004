import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';

/** The OpenAPI answer of a route that sends back a file someone stored (an upload, an opinion's file). */
export const storedFileResponse = {
  description: 'The file, as stored',
  headers: z.object({ 'Content-Disposition': z.string() }),
  content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
};

/**
 * Sends a stored file as a download under its own name and type: never sniffed into something the
 * browser would render, never cached (it is personal data).
 */
export function respondStoredFile(
  c: Context,
  file: { name: string; type: string; content: Uint8Array },
): Response {
  return c.body(new Uint8Array(file.content) as Uint8Array<ArrayBuffer>, 200, {
    'content-type': file.type,
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
}
