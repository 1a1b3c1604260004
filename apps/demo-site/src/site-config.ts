import { isHexColor } from './color.ts';
import { isLanguage } from './languages.ts';
import type { DemoCommune, DemoSiteOptions } from './types.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Names the site uses for itself (`/assets/`, `/strict-csp/`, `/assets/site.css`): such a commune could not be reached.
const RESERVED_SLUGS = new Set(['assets', 'strict-csp', 'site']);

export interface SiteConfig {
  /** The API's base URL without a trailing slash, for the loader's URL. */
  apiBase: string;
  /** The API's origin alone, as a CSP source expression wants it. */
  apiOrigin: string;
  communes: ReadonlyMap<string, DemoCommune>;
}

/** Checks the options once, so a bad value fails at start-up with its name instead of in a page. */
export function toSiteConfig(options: DemoSiteOptions): SiteConfig {
  let api: URL;
  try {
    api = new URL(options.apiOrigin);
  } catch {
    throw new Error(`demo-site: apiOrigin is not a URL: ${options.apiOrigin}`);
  }
  if (api.protocol !== 'http:' && api.protocol !== 'https:') {
    throw new Error(`demo-site: apiOrigin must be http(s): ${options.apiOrigin}`);
  }
  const communes = new Map<string, DemoCommune>();
  for (const commune of options.communes) {
    checkCommune(commune);
    if (communes.has(commune.slug)) throw new Error(`demo-site: commune ${commune.slug} is listed twice`);
    communes.set(commune.slug, commune);
  }
  const apiBase = `${api.origin}${api.pathname}`.replace(/\/+$/, '');
  return { apiBase, apiOrigin: api.origin, communes };
}

function checkCommune(commune: DemoCommune): void {
  const where = `demo-site: commune ${JSON.stringify(commune.slug)}`;
  if (!SLUG.test(commune.slug) || RESERVED_SLUGS.has(commune.slug)) throw new Error(`${where}: invalid slug`);
  if (commune.languages.length === 0 || !commune.languages.every((language) => isLanguage(language))) {
    throw new Error(`${where}: languages must be a non-empty list of fr, nl, de, en`);
  }
  if (!commune.languages.includes(commune.defaultLanguage)) {
    throw new Error(`${where}: defaultLanguage must be one of its languages`);
  }
  for (const [field, value] of [
    ['colorPrimary', commune.colorPrimary],
    ['colorOnPrimary', commune.colorOnPrimary],
  ] as const) {
    // The colours are written into a stylesheet: only plain hex values may get there.
    if (!isHexColor(value)) throw new Error(`${where}: ${field} must be a #rgb or #rrggbb colour`);
  }
}
