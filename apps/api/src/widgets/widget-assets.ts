import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface WidgetAsset {
  body: Uint8Array;
  etag: string;
  contentType: string;
  cacheControl: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The stable loader URL: short-lived, so a fix reaches every embedding site within minutes. */
const LOADER_CACHE = 'public, max-age=300, must-revalidate';
/** Content-hashed chunks and pinned releases never change under the same URL. */
const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
const MANIFEST_CACHE = 'public, max-age=300';

function cacheControlFor(relative: string): string {
  if (/^v\d+\/communa\.js$/.test(relative)) return LOADER_CACHE;
  if (relative.startsWith('chunks/') || /^v\d+\.\d+\.\d+[^/]*\/communa\.js$/.test(relative))
    return IMMUTABLE_CACHE;
  return MANIFEST_CACHE;
}

/**
 * Reads the built widget bundle into memory once: a few dozen kilobytes, served on every page
 * view of every embedding site, so no disk access per request.
 */
export async function loadWidgetAssets(distDir: string): Promise<Map<string, WidgetAsset>> {
  const assets = new Map<string, WidgetAsset>();
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
