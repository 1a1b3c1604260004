const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/**
 * A link target from configuration, or undefined when it could run script or is not a URL: Lit does
 * not vet `href` values, and a `javascript:` link would execute in the host page.
 */
export function safeUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A `tel:` link for a phone number written for people (`+32 4 221 84 11`). */
export function telUrl(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '');
  return /^\+?\d{6,}$/.test(digits) ? `tel:${digits}` : undefined;
}

/** A `mailto:` link for an address that looks like one. */
export function mailtoUrl(email: string): string | undefined {
  return /^[^\s@:/]+@[^\s@:/]+$/.test(email) ? `mailto:${email}` : undefined;
}
