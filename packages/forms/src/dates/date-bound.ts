import * as z from 'zod';
import { addToDate, DATE_UNITS, isIsoDate } from './calendar.ts';

const RELATIVE = /^today(?:([+-])(\d{1,3})([dwmy]))?$/;

/**
 * A fixed day (`2026-07-01`) or one relative to the day of filling (`today`, `today+30d`,
 * `today-18y`); at most 999 units, so the day stays within the calendar for any real today.
 */
export const dateBoundSchema = z
  .string({ error: 'must be a date like 2026-07-01 or today, today+30d, today-18y' })
  .refine((value) => isIsoDate(value) || RELATIVE.test(value), {
    error: 'must be a date like 2026-07-01 or today, today+30d, today-18y (d, w, m, y; at most 999)',
  });

export type DateBound = z.infer<typeof dateBoundSchema>;

export const isRelativeBound = (bound: DateBound): boolean => RELATIVE.test(bound);

/** The calendar day a bound stands for, given today; undefined if it cannot be computed. */
export const resolveDateBound = (bound: DateBound, today: string): string | undefined => {
  if (isIsoDate(bound)) return bound;
  const match = RELATIVE.exec(bound);
  if (match === null || !isIsoDate(today)) return undefined;
  const [, sign, amount, unitLetter] = match;
  const unit = DATE_UNITS.find((candidate) => candidate === unitLetter);
  if (amount === undefined || unit === undefined) return today;
  return addToDate(today, (sign === '-' ? -1 : 1) * Number(amount), unit);
};
