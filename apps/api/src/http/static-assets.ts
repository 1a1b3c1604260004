import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Context } from 'hono';
import { ifNoneMatchHits } from '../tenants/etag.ts';
import { requestHeader, setResponseHeader } from './node-headers.ts';

/** A built file held in memory, with what its answer needs. */
export interface StaticAsset {
  body: Uint8Array;
  etag: string;
  contentType: string;
  cacheControl: string;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Content-hashed files never change under the same URL. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/**
 * Reads a built folder into memory once (a few hundred kilobytes at most), so no disk access per
 * request. Files of other types are left out; a missing folder gives an empty map.
 */
export async function loadStaticAssets(
  distDir: string,
  cacheControlFor: (relative: string) => string,
): Promise<Map<string, StaticAsset>> {
  const assets = new Map<string, StaticAsset>();
  let entries: string[];
  try {
    entries = await readdir(distDir, { recursive: true });
  } catch {
    return assets;
  }
  for (const entry of entries) {
    const relative = entry.split(path.sep).join('/');
    const contentType = CONTENT_TYPES[path.extname(relative)];
    if (!contentType) continue;
    const body = new Uint8Array(await readFile(path.join(distDir, entry)));
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
    assets.set(relative, { body, etag, contentType, cacheControl: cacheControlFor(relative) });
  }
  return assets;
}

/** Answers with the asset, or 304 when the browser already holds this version. */
export function respondAsset(c: Context, asset: StaticAsset): Response {
  setResponseHeader(c, 'ETag', asset.etag);
  setResponseHeader(c, 'Cache-Control', asset.cacheControl);
  if (ifNoneMatchHits(requestHeader(c, 'if-none-match'), asset.etag)) return c.body(null, 304);
  return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, { 'content-type': asset.contentType });
}
