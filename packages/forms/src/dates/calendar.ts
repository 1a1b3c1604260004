const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

type DateParts = { year: number; month: number; day: number };

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const daysInMonth = (year: number, month: number): number =>
  month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);

const parts = (iso: string): DateParts | undefined => {
  const match = ISO_DATE.exec(iso);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
};

const format = ({ year, month, day }: DateParts): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** A real calendar day written `YYYY-MM-DD` (years 0001–9999, so text order is date order). */
export const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && parts(value) !== undefined;

export const isTime = (value: unknown): value is string => typeof value === 'string' && TIME.test(value);

export const DATE_UNITS = ['d', 'w', 'm', 'y'] as const;

export type DateUnit = (typeof DATE_UNITS)[number];

/**
 * Moves a calendar day; months and years keep the day of month, clamped to the month's end
 * (29 February minus one year is 28 February). Undefined when the result leaves years 1–9999.
 */
export const addToDate = (iso: string, amount: number, unit: DateUnit): string | undefined => {
  const start = parts(iso);
  if (start === undefined) return undefined;
  if (unit === 'd' || unit === 'w') {
    const moved = new Date(Date.UTC(start.year, start.month - 1, start.day));
    moved.setUTCFullYear(start.year);
    moved.setUTCDate(moved.getUTCDate() + amount * (unit === 'w' ? 7 : 1));
    const year = moved.getUTCFullYear();
    if (year < 1 || year > 9999) return undefined;
    return format({ year, month: moved.getUTCMonth() + 1, day: moved.getUTCDate() });
  }
  const months = start.year * 12 + (start.month - 1) + amount * (unit === 'y' ? 12 : 1);
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  if (year < 1 || year > 9999) return undefined;
  return format({ year, month, day: Math.min(start.day, daysInMonth(year, month)) });
};

/** Number of days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number | undefined => {
  const a = parts(from);
  const b = parts(to);
  if (a === undefined || b === undefined) return undefined;
  const utc = (p: DateParts) => {
    const date = new Date(Date.UTC(p.year, p.month - 1, p.day));
    date.setUTCFullYear(p.year);
    return date.getTime();
  };
  return Math.round((utc(b) - utc(a)) / 86_400_000);
};
