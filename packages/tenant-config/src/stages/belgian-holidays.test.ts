import { describe, expect, it } from 'vitest';
import { belgianPublicHolidayOn, belgianPublicHolidays, easterSunday } from './belgian-holidays.ts';

describe('easterSunday', () => {
  it('matches the published dates', () => {
    const known: Record<number, string> = {
      2000: '2000-04-23',
      2019: '2019-04-21',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2038: '2038-04-25',
      2285: '2285-03-22',
    };
    for (const [year, day] of Object.entries(known)) expect(easterSunday(Number(year))).toBe(day);
  });
});

describe('belgianPublicHolidays', () => {
  it('lists the ten legal holidays of 2027 in date order', () => {
    expect(belgianPublicHolidays(2027)).toEqual([
      { day: '2027-01-01', name: "New Year's Day" },
      { day: '2027-03-29', name: 'Easter Monday' },
      { day: '2027-05-01', name: 'Labour Day' },
      { day: '2027-05-06', name: 'Ascension Day' },
      { day: '2027-05-17', name: 'Whit Monday' },
      { day: '2027-07-21', name: 'National Day' },
      { day: '2027-08-15', name: 'Assumption Day' },
      { day: '2027-11-01', name: "All Saints' Day" },
      { day: '2027-11-11', name: 'Armistice Day' },
      { day: '2027-12-25', name: 'Christmas Day' },
    ]);
  });

  it('moves the Easter holidays with Easter', () => {
    const movable = (year: number) =>
      belgianPublicHolidays(year)
        .filter((h) => ['Easter Monday', 'Ascension Day', 'Whit Monday'].includes(h.name))
        .map((h) => h.day);
    expect(movable(2026)).toEqual(['2026-04-06', '2026-05-14', '2026-05-25']);
    expect(movable(2025)).toEqual(['2025-04-21', '2025-05-29', '2025-06-09']);
  });

  it('tells whether a day is a holiday, community days excepted', () => {
    expect(belgianPublicHolidayOn('2027-07-21')?.name).toBe('National Day');
    expect(belgianPublicHolidayOn('2027-07-11')).toBeUndefined();
    expect(belgianPublicHolidayOn('2027-09-27')).toBeUndefined();
    expect(belgianPublicHolidayOn('2027-07-22')).toBeUndefined();
  });
});
