/** One erasure request per person per commune in this span: the commune needs no reminder sooner. */
export const ERASURE_REQUEST_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * The `verifications` row that marks a pending request. That table already holds short-lived,
 * expiring markers for every process (sign-in codes), so no table of our own is needed.
 */
export function erasureMarkerIdentifier(tenantId: string, userId: string): string {
  return `erasure-request:${tenantId}:${userId}`;
}

/** Where the request goes: the commune's data protection officer, else its general address. */
export function erasureRecipient(addresses: { dpoEmail?: string | null; contactEmail: string }): string {
  return addresses.dpoEmail?.trim() ? addresses.dpoEmail.trim() : addresses.contactEmail;
}

/** Whole seconds until another request is accepted, at least 1 (for `Retry-After`). */
export function secondsUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
}
