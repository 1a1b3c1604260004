import { calendarDayInBrussels, parseNiss } from '@communa/forms';
import type { FieldError } from '../problems/problem.ts';

/** Children older than this are not served by the commune's child services. */
export const MAX_CHILD_AGE_YEARS = 25;

/** The calendar day in Brussels, as YYYY-MM-DD. */
export function brusselsToday(now: Date): string {
  return calendarDayInBrussels(now);
}

/** The same calendar day `years` earlier (29 February falls on 1 March). */
export function yearsBefore(day: string, years: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const shifted = new Date(Date.UTC((year ?? 0) - years, (month ?? 1) - 1, date ?? 1));
  return shifted.toISOString().slice(0, 10);
}

export interface ChildFacts {
  birthDate: string;
  niss?: string | null | undefined;
}

export type ChildOutcome = { ok: true; niss: string | null } | { ok: false; errors: FieldError[] };

/**
 * Checks a child's birth date (not in the future, at most 25 years ago) and optional NISS (its
 * checksum, and the birth date it encodes, when it encodes one). Returns the NISS normalised.
 */
export function checkChild(facts: ChildFacts, today: string): ChildOutcome {
  const errors: FieldError[] = [];
  if (facts.birthDate > today) {
    errors.push({
      path: 'birthDate',
      code: 'birth_date_in_future',
      message: 'The birth date is in the future',
    });
  } else if (facts.birthDate < yearsBefore(today, MAX_CHILD_AGE_YEARS)) {
    errors.push({
      path: 'birthDate',
      code: 'birth_date_too_old',
      message: `The birth date is more than ${MAX_CHILD_AGE_YEARS} years ago`,
    });
  }
  let niss: string | null = null;
  if (facts.niss?.trim()) {
    const parsed = parseNiss(facts.niss);
    if (!parsed.ok) {
      errors.push({ path: 'niss', code: parsed.code, message: 'Not a valid national register number' });
    } else if (parsed.birthDate !== null && parsed.birthDate !== facts.birthDate) {
      errors.push({
        path: 'niss',
        code: 'niss_birth_date_mismatch',
        message: 'The national register number belongs to another birth date',
      });
    } else {
      niss = parsed.value;
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, niss };
}
