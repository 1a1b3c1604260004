import type { Validated } from './result.ts';

export type StructuredCommunicationErrorCode =
  | 'structured_communication_format'
  | 'structured_communication_checksum';

export type StructuredCommunicationResult = Validated<string, StructuredCommunicationErrorCode>;

const DELIMITED = /^(?:\+{3}([^+]*)\+{3}|\*{3}([^*]*)\*{3}|([^+*]*))$/;

/** Check digits of a structured communication: base mod 97, where a remainder of 0 is written 97. */
function checkDigits(base10: string): string {
  const remainder = Number(base10) % 97;
  return String(remainder === 0 ? 97 : remainder).padStart(2, '0');
}

/** Validates `+++123/4567/89002+++`, `***123/4567/89002***` or 12 bare digits; value is 12 digits. */
export function parseStructuredCommunication(input: string): StructuredCommunicationResult {
  const match = DELIMITED.exec(input.trim());
  const body = match?.[1] ?? match?.[2] ?? match?.[3];
  if (body === undefined) return { ok: false, code: 'structured_communication_format' };
  const digits = body.replace(/[\s/]/g, '');
  if (!/^\d{12}$/.test(digits)) return { ok: false, code: 'structured_communication_format' };
  if (checkDigits(digits.slice(0, 10)) !== digits.slice(10)) {
    return { ok: false, code: 'structured_communication_checksum' };
  }
  return { ok: true, value: digits };
}

/** Builds the 12 digits of a structured communication from a 10-digit base (e.g. a padded invoice number). */
export function createStructuredCommunication(base10Digits: string): StructuredCommunicationResult {
  if (!/^\d{10}$/.test(base10Digits)) return { ok: false, code: 'structured_communication_format' };
  return { ok: true, value: `${base10Digits}${checkDigits(base10Digits)}` };
}

/** Formats 12 digits as `+++123/4567/89002+++`; other input is returned unchanged. */
export function formatStructuredCommunication(digits: string): string {
  const match = /^(\d{3})(\d{4})(\d{5})$/.exec(digits);
  if (match === null) return digits;
  const [, first, second, third] = match;
  return `+++${first}/${second}/${third}+++`;
}
