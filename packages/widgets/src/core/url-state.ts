/**
 * Widget state a visitor would bookmark lives in the host page's query string, one parameter per
 * widget (`?communa-service=stages`), so several widgets share a page and deep links survive.
 */
export const DEFAULT_SERVICE_PARAM = 'communa-service';

/** The parameter's value in a page URL, or null when it is absent or empty. */
export function readUrlParam(href: string, param: string): string | null {
  const value = new URL(href).searchParams.get(param);
  return value ? value : null;
}

/** `href` with the parameter set (or removed for null), every other part of the URL kept. */
export function withUrlParam(href: string, param: string, value: string | null): string {
  const url = new URL(href);
  if (value === null) url.searchParams.delete(param);
  else url.searchParams.set(param, value);
  return url.href;
}

/** A usable parameter name: the attribute's value, or the element's default when it is blank. */
export function urlParamName(attribute: string | null | undefined, fallback: string): string {
  const name = attribute?.trim();
  return name ? name : fallback;
}
