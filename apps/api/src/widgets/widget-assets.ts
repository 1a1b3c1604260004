import type { StaticAsset } from '../http/static-assets.ts';
import { IMMUTABLE_CACHE, loadStaticAssets } from '../http/static-assets.ts';

export type WidgetAsset = StaticAsset;

/** The stable loader URL: short-lived, so a fix reaches every embedding site within minutes. */
const LOADER_CACHE = 'public, max-age=300, must-revalidate';
const MANIFEST_CACHE = 'public, max-age=300';

function cacheControlFor(relative: string): string {
  if (/^v\d+\/communa\.js$/.test(relative)) return LOADER_CACHE;
  // Chunks are content-hashed and pinned releases never change under the same URL.
  if (relative.startsWith('chunks/') || /^v\d+\.\d+\.\d+[^/]*\/communa\.js$/.test(relative))
    return IMMUTABLE_CACHE;
  return MANIFEST_CACHE;
}

/** The built widget bundle, served on every page view of every embedding site. */
export function loadWidgetAssets(distDir: string): Promise<Map<string, WidgetAsset>> {
  return loadStaticAssets(distDir, cacheControlFor);
}
