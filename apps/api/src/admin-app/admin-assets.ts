import type { StaticAsset } from '../http/static-assets.ts';
import { IMMUTABLE_CACHE, loadStaticAssets } from '../http/static-assets.ts';

export type AdminAssets = ReadonlyMap<string, StaticAsset>;

/** The one page, served for every back-office route. */
export const ADMIN_INDEX = 'index.html';
/** Where the build writes the content-hashed scripts, stylesheet and icon. */
export const ADMIN_ASSETS_FOLDER = 'assets/';

// The page names the hashed files of this release: browsers revalidate it on every load (ETag),
// so a deployment reaches every open back-office on its next navigation.
const PAGE_CACHE = 'no-cache';

function cacheControlFor(relative: string): string {
  return relative.startsWith(ADMIN_ASSETS_FOLDER) ? IMMUTABLE_CACHE : PAGE_CACHE;
}

/** The built back-office (`npm run build -w @communa/admin`); empty when it has not been built. */
export function loadAdminAssets(distDir: string): Promise<Map<string, StaticAsset>> {
  return loadStaticAssets(distDir, cacheControlFor);
}
