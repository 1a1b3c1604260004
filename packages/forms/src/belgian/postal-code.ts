import type { Validated } from './result.ts';

export type PostalCodeErrorCode = 'postal_code_format' | 'postal_code_range';

export type PostalCodeResult = Validated<string, PostalCodeErrorCode>;

/** Validates a Belgian postal code: four digits from 1000 to 9999. */
export function parseBelgianPostalCode(input: string): PostalCodeResult {
  const code = input.trim();
  if (!/^\d{4}$/.test(code)) return { ok: false, code: 'postal_code_format' };
  if (Number(code) < 1000) return { ok: false, code: 'postal_code_range' };
  return { ok: true, value: code };
}
