/**
 * Events `<communa-account>` fires on the page when a citizen signs in or out
 * (`detail: { tenant }`), so other elements of the same commune follow the session.
 */
export const SIGN_IN_EVENT = 'communa-sign-in';
export const SIGN_OUT_EVENT = 'communa-sign-out';

export interface SessionEventDetail {
  tenant: string;
}

/** The commune a sign-in or sign-out event is about, if it is one. */
export function sessionEventTenant(event: Event): string | undefined {
  if (!(event instanceof CustomEvent)) return undefined;
  const detail: unknown = event.detail;
  return detail !== null &&
    typeof detail === 'object' &&
    'tenant' in detail &&
    typeof detail.tenant === 'string'
    ? detail.tenant
    : undefined;
}
