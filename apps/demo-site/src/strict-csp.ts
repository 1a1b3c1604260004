/**
 * The policy of the strict-CSP demo pages: nothing inline, scripts and API calls only from the API's
 * origin, styles only from this site. If the widgets work here, they work on the strictest host.
 */
export function strictCsp(apiOrigin: string): string {
  return [
    "default-src 'none'",
    `script-src ${apiOrigin}`,
    `connect-src ${apiOrigin}`,
    "style-src 'self'",
    `img-src 'self' ${apiOrigin}`,
  ].join('; ');
}
