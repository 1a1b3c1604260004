/**
 * The client's address as the reverse proxy reports it (`X-Forwarded-For: client, proxy…`), for
 * the audit log of staff actions. Never used on anonymous routes.
 */
export function firstForwardedAddress(header: string | null | undefined): string | null {
  const first = header?.split(',')[0]?.trim();
  return first ? first.slice(0, 64) : null;
}
