/**
 * Where the API lives. The widget's own chunk is served by the API (`/widgets/chunks/…`), so its
 * origin is the API's; an `api` attribute (absolute, or relative to the page) overrides it, for
 * example when the package is bundled by the host site. An unusable override is ignored.
 */
export function resolveApiBase(
  attribute: string | null | undefined,
  moduleUrl: string,
  pageUrl: string,
): string {
  const override = attribute?.trim();
  const url = override ? parseUrl(override, pageUrl) : undefined;
  if (url && (url.protocol === 'https:' || url.protocol === 'http:')) {
    return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
  }
  return new URL(moduleUrl).origin;
}

// URL.parse would do, but Safari 17 and Node 20 lack it.
function parseUrl(value: string, base: string): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

/** The URL of the chunk this module was bundled into. */
export const bundleUrl = import.meta.url;
