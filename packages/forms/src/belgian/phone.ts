import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { Validated } from './result.ts';

export type PhoneErrorCode = 'phone_format' | 'phone_invalid';

export type PhoneResult = Validated<string, PhoneErrorCode>;

/** Validates a phone number, read as Belgian when it has no international prefix; value is E.164. */
export function parsePhone(input: string): PhoneResult {
  const phone = parsePhoneNumberFromString(input, 'BE');
  if (phone === undefined) return { ok: false, code: 'phone_format' };
  if (!phone.isValid()) return { ok: false, code: 'phone_invalid' };
  return { ok: true, value: phone.number };
}

/** Formats an E.164 number: national notation for Belgian numbers, international otherwise. */
export function formatPhone(e164: string): string {
  const phone = parsePhoneNumberFromString(e164);
  if (phone === undefined) return e164;
  return phone.country === 'BE' ? phone.formatNational() : phone.formatInternational();
}
