import { belgianPublicHolidayOn } from './belgian-holidays.ts';
import { addDays, daysBetween, WEEKDAYS, type Weekday, weekdayOf } from './calendar-day.ts';

/** Monday to Friday: a stage week, unless the configuration names its weekdays. */
export const WORKING_WEEK: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

export type DayRange = { from: string; to: string; weekdays: readonly Weekday[] };

/** The days a range covers: its weekdays from `from` to `to` included, Belgian public holidays left out. */
export const expandDayRange = ({ from, to, weekdays }: DayRange): string[] => {
  const days: string[] = [];
  const span = daysBetween(from, to);
  for (let offset = 0; offset <= span; offset++) {
    const day = addDays(from, offset);
    if (weekdays.includes(weekdayOf(day)) && belgianPublicHolidayOn(day) === undefined) days.push(day);
  }
  return days;
};

/**
 * A session's days as a range an editor shows: from the first to the last, over Monday to Friday with
 * the days it leaves out (`except`) when they are few, else over the weekdays the days fall on;
 * `expandDayRange` minus `except` gives them back.
 */
export const rangeOfDays = (
  days: readonly string[],
): { from: string; to: string; weekdays: Weekday[]; except: string[] } => {
  const from = days[0] ?? '';
  const to = days.at(-1) ?? '';
  if (days.length === 0) return { from, to, weekdays: [...WORKING_WEEK], except: [] };
  const kept = new Set(days);
  const leftOut = (weekdays: readonly Weekday[]) =>
    expandDayRange({ from, to, weekdays }).filter((day) => !kept.has(day));
  const used = new Set(days.map(weekdayOf));
  if (WEEKDAYS.every((day) => !used.has(day) || WORKING_WEEK.includes(day))) {
    const except = leftOut(WORKING_WEEK);
    if (except.length * 2 < days.length) return { from, to, weekdays: [...WORKING_WEEK], except };
  }
  const weekdays = WEEKDAYS.filter((day) => used.has(day));
  return { from, to, weekdays, except: leftOut(weekdays) };
};
