import type { Validated } from './result.ts';

export type CompanyNumberErrorCode = 'company_number_format' | 'company_number_checksum';

export type CompanyNumberResult = Validated<string, CompanyNumberErrorCode>;

/** Validates a KBO/BCE enterprise number (`0123.456.749`, `BE 0123456749`, …); value is 10 digits. */
export function parseCompanyNumber(input: string): CompanyNumberResult {
  const digits = input
    .replace(/[\s.-]/g, '')
    .toUpperCase()
    .replace(/^BE/, '');
  if (!/^[01]\d{9}$/.test(digits)) return { ok: false, code: 'company_number_format' };
  const check = 97 - (Number(digits.slice(0, 8)) % 97);
  if (check !== Number(digits.slice(8))) return { ok: false, code: 'company_number_checksum' };
  return { ok: true, value: digits };
}

/** Formats 10 digits as `0123.456.749`; other input is returned unchanged. */
export function formatCompanyNumber(digits: string): string {
  const match = /^(\d{4})(\d{3})(\d{3})$/.exec(digits);
  if (match === null) return digits;
  const [, first, second, third] = match;
  return `${first}.${second}.${third}`;
}
