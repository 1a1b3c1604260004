import { friendlyFormatIBAN, isSEPACountry, ValidationErrorsIBAN, validateIBAN } from 'ibantools';
import type { Validated } from './result.ts';

export type IbanErrorCode = 'iban_format' | 'iban_checksum' | 'iban_not_sepa' | 'iban_not_belgian';

export type IbanResult = Validated<string, IbanErrorCode>;

const CHECKSUM_ERRORS = new Set([
  ValidationErrorsIBAN.WrongIBANChecksum,
  ValidationErrorsIBAN.WrongAccountBankBranchChecksum,
]);

function normalise(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

/** Validates any IBAN of a SEPA country (foreign accounts exist); value is upper-case without spaces. */
export function parseIban(input: string): IbanResult {
  const iban = normalise(input);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(iban)) return { ok: false, code: 'iban_format' };
  const { valid, errorCodes } = validateIBAN(iban);
  if (!valid) {
    // A wrong length also breaks the checksum; report the checksum only when the shape is right.
    const checksum = errorCodes.every((code) => CHECKSUM_ERRORS.has(code));
    return { ok: false, code: checksum ? 'iban_checksum' : 'iban_format' };
  }
  if (!isSEPACountry(iban.slice(0, 2))) return { ok: false, code: 'iban_not_sepa' };
  return { ok: true, value: iban };
}

/** Validates a Belgian IBAN (BE + 14 digits). */
export function parseBelgianIban(input: string): IbanResult {
  const result = parseIban(input);
  if (!result.ok) return result;
  if (!/^BE\d{14}$/.test(result.value)) return { ok: false, code: 'iban_not_belgian' };
  return result;
}

/** Formats an IBAN in groups of four characters separated by spaces. */
export function formatIban(iban: string): string {
  return friendlyFormatIBAN(normalise(iban)) ?? iban;
}
