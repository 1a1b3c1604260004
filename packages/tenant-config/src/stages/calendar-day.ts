/** Calendar days written `YYYY-MM-DD`, computed in UTC so no time zone or DST shift can move them. */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

const toUtc = (day: string): Date | undefined => {
  const match = ISO_DAY.exec(day);
  if (match === null) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, date));
  const real = utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === date;
  return real ? utc : undefined;
};

const fromUtc = (date: Date): string => date.toISOString().slice(0, 10);

/** A real calendar day written `YYYY-MM-DD` (no 31 June). */
export const isCalendarDay = (value: string): boolean => toUtc(value) !== undefined;

/** `YYYY-MM-DD` of a year, month (1–12) and day of month. */
export const calendarDay = (year: number, month: number, date: number): string =>
  fromUtc(new Date(Date.UTC(year, month - 1, date)));

/** The day `days` later (earlier when negative). Throws on a day that is not `YYYY-MM-DD`. */
export const addDays = (day: string, days: number): string => {
  const utc = toUtc(day);
  if (utc === undefined) throw new RangeError(`not a calendar day: ${day}`);
  return fromUtc(new Date(utc.getTime() + days * MS_PER_DAY));
};

/** Days from `from` to `to`, negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number => {
  const a = toUtc(from);
  const b = toUtc(to);
  if (a === undefined || b === undefined) throw new RangeError(`not calendar days: ${from}, ${to}`);
  return Math.round((b.getTime() - a.getTime()) / MS_PER_DAY);
};

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export type Weekday = (typeof WEEKDAYS)[number];

/** The day of the week (ISO order: Monday first). */
export const weekdayOf = (day: string): Weekday => {
  const utc = toUtc(day);
  if (utc === undefined) throw new RangeError(`not a calendar day: ${day}`);
  return WEEKDAYS[(utc.getUTCDay() + 6) % 7] ?? 'mon';
};

/** The ISO 8601 week a day belongs to, written `YYYY-Www` (the week's Thursday decides the year). */
export const isoWeekOf = (day: string): string => {
  const thursday = addDays(day, 3 - WEEKDAYS.indexOf(weekdayOf(day)));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(calendarDay(year, 1, 1), thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
};

/** The Monday of an ISO week `YYYY-Www`; undefined when the week does not exist (W53 of most years). */
export const mondayOfIsoWeek = (week: string): string | undefined => {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const fourthOfJanuary = calendarDay(year, 1, 4);
  const firstMonday = addDays(fourthOfJanuary, -WEEKDAYS.indexOf(weekdayOf(fourthOfJanuary)));
  const monday = addDays(firstMonday, (Number(match[2]) - 1) * 7);
  return isoWeekOf(monday) === week ? monday : undefined;
};
