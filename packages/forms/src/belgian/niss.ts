import type { Validated } from './result.ts';

export type NissErrorCode = 'niss_format' | 'niss_checksum' | 'niss_birth_date';

export interface NissDetails {
  /** ISO date (YYYY-MM-DD), or null when the register recorded the birth date as unknown. */
  birthDate: string | null;
  /** BIS numbers are given to people not in the national register; their month is shifted by 20 or 40. */
  isBis: boolean;
  /** Parity of the 3-digit sequence; the register uses it for sex, which we do not interpret here. */
  sequenceParity: 'odd' | 'even';
}

export type NissResult = Validated<string, NissErrorCode, NissDetails>;

const SEPARATORS = /[\s.-]/g;

function mod97Check(base: number): number {
  return 97 - (base % 97);
}

/** The checksum tells the century: people born from 2000 are checked with a `2` before the 9 digits. */
function centuryFromChecksum(digits: string): 1900 | 2000 | null {
  const base = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  if (mod97Check(base) === check) return 1900;
  if (mod97Check(2_000_000_000 + base) === check) return 2000;
  return null;
}

function monthOffset(monthPart: number): 0 | 20 | 40 | null {
  if (monthPart <= 12) return 0;
  if (monthPart >= 20 && monthPart <= 32) return 20;
  if (monthPart >= 40 && monthPart <= 52) return 40;
  return null;
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** Validates a Belgian national register (NISS) or BIS number in any usual notation. */
export function parseNiss(input: string): NissResult {
  const digits = input.replace(SEPARATORS, '');
  if (!/^\d{11}$/.test(digits)) return { ok: false, code: 'niss_format' };

  const century = centuryFromChecksum(digits);
  if (century === null) return { ok: false, code: 'niss_checksum' };

  const monthPart = Number(digits.slice(2, 4));
  const offset = monthOffset(monthPart);
  if (offset === null) return { ok: false, code: 'niss_birth_date' };
  const month = monthPart - offset;
  const day = Number(digits.slice(4, 6));

  let birthDate: string | null = null;
  if (month === 0 || day === 0) {
    // An unknown birth date is written as month 00 and day 00; a half-known date is not allowed.
    if (month !== 0 || day !== 0) return { ok: false, code: 'niss_birth_date' };
  } else {
    birthDate = isoDate(century + Number(digits.slice(0, 2)), month, day);
    if (birthDate === null) return { ok: false, code: 'niss_birth_date' };
  }

  return {
    ok: true,
    value: digits,
    birthDate,
    isBis: offset !== 0,
    sequenceParity: Number(digits.slice(6, 9)) % 2 === 1 ? 'odd' : 'even',
  };
}

/** Formats 11 digits as `YY.MM.DD-SSS.CC`; other input is returned unchanged. */
export function formatNiss(digits: string): string {
  const match = /^(\d{2})(\d{2})(\d{2})(\d{3})(\d{2})$/.exec(digits);
  if (match === null) return digits;
  const [, year, month, day, sequence, check] = match;
  return `${year}.${month}.${day}-${sequence}.${check}`;
}
