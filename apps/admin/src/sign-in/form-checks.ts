const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SIX_DIGITS = /^\d{6}$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

/** A one-time code as typed: spaces (copied from an e-mail or an app) do not count. */
export function cleanCode(value: string): string {
  return value.replace(/\s+/g, '');
}

export function isSixDigits(value: string): boolean {
  return SIX_DIGITS.test(cleanCode(value));
}
