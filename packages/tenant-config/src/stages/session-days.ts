import { belgianPublicHolidayOn } from './belgian-holidays.ts';
import { addDays, daysBetween, type Weekday, weekdayOf } from './calendar-day.ts';

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
