import { addDays, calendarDay } from './calendar-day.ts';

export type PublicHoliday = { day: string; name: string };

/** Easter Sunday of a Gregorian year (the anonymous Gregorian, or Meeus/Jones/Butcher, algorithm). */
export const easterSunday = (year: number): string => {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return calendarDay(year, month, day);
};

/**
 * The ten Belgian legal public holidays of a year (loi du 4 janvier 1974), in date order. Community
 * days (11 July, 27 September, 15 November) are not legal holidays and stay working days.
 */
export const belgianPublicHolidays = (year: number): PublicHoliday[] => {
  const easter = easterSunday(year);
  return [
    { day: calendarDay(year, 1, 1), name: "New Year's Day" },
    { day: addDays(easter, 1), name: 'Easter Monday' },
    { day: calendarDay(year, 5, 1), name: 'Labour Day' },
    { day: addDays(easter, 39), name: 'Ascension Day' },
    { day: addDays(easter, 50), name: 'Whit Monday' },
    { day: calendarDay(year, 7, 21), name: 'National Day' },
    { day: calendarDay(year, 8, 15), name: 'Assumption Day' },
    { day: calendarDay(year, 11, 1), name: "All Saints' Day" },
    { day: calendarDay(year, 11, 11), name: 'Armistice Day' },
    { day: calendarDay(year, 12, 25), name: 'Christmas Day' },
  ].sort((x, y) => (x.day < y.day ? -1 : 1));
};

/** The Belgian public holiday falling on `day`, if any. */
export const belgianPublicHolidayOn = (day: string): PublicHoliday | undefined =>
  belgianPublicHolidays(Number(day.slice(0, 4))).find((holiday) => holiday.day === day);
