import { describe, expect, it } from 'vitest';
import { calendarDayInBrussels } from './brussels.ts';
import { addToDate, daysBetween, isIsoDate, isTime } from './calendar.ts';
import { resolveDateBound } from './date-bound.ts';

describe('calendar days', () => {
  it('knows real days', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('0000-01-01')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate(20260401)).toBe(false);
  });

  it('moves by days, weeks, months and years, clamping to the end of the month', () => {
    expect(addToDate('2026-12-25', 10, 'd')).toBe('2027-01-04');
    expect(addToDate('2026-03-01', -1, 'd')).toBe('2026-02-28');
    expect(addToDate('2026-12-01', 2, 'w')).toBe('2026-12-15');
    expect(addToDate('2026-01-31', 1, 'm')).toBe('2026-02-28');
    expect(addToDate('2024-02-29', -18, 'y')).toBe('2006-02-28');
    expect(addToDate('0001-01-01', -1, 'd')).toBeUndefined();
    expect(addToDate('9999-12-31', 1, 'y')).toBeUndefined();
    expect(addToDate('0050-03-01', -1, 'd')).toBe('0050-02-28');
  });

  it('counts days between two days', () => {
    expect(daysBetween('2026-12-01', '2027-01-01')).toBe(31);
    expect(daysBetween('2026-03-29', '2026-03-30')).toBe(1);
    expect(daysBetween('2026-12-02', '2026-12-01')).toBe(-1);
  });

  it('knows times of day', () => {
    expect(isTime('00:00')).toBe(true);
    expect(isTime('23:59')).toBe(true);
    expect(isTime('24:00')).toBe(false);
    expect(isTime('9:00')).toBe(false);
  });
});

describe('date bounds', () => {
  it('resolves fixed and relative bounds', () => {
    expect(resolveDateBound('2026-07-01', '2026-12-01')).toBe('2026-07-01');
    expect(resolveDateBound('today', '2026-12-01')).toBe('2026-12-01');
    expect(resolveDateBound('today+30d', '2026-12-01')).toBe('2026-12-31');
    expect(resolveDateBound('today-18y', '2026-12-01')).toBe('2008-12-01');
    expect(resolveDateBound('today', 'not a day')).toBeUndefined();
  });
});

describe('calendarDayInBrussels', () => {
  it('gives the day in Brussels, not in UTC', () => {
    expect(calendarDayInBrussels(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
    expect(calendarDayInBrussels(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
    expect(calendarDayInBrussels(new Date('2026-07-31T21:59:59Z'))).toBe('2026-07-31');
    expect(calendarDayInBrussels(new Date('2026-07-31T22:00:00Z'))).toBe('2026-08-01');
  });
});
