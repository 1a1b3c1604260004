import { describe, expect, it } from 'vitest';
import { addDays, isCalendarDay, isoWeekOf, mondayOfIsoWeek, weekdayOf } from './calendar-day.ts';

describe('calendar days', () => {
  it('knows real days', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2027-02-29')).toBe(false);
    expect(isCalendarDay('2027-06-31')).toBe(false);
    expect(isCalendarDay('2027-7-1')).toBe(false);
  });

  it('adds days across months, years and DST changes', () => {
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });

  it('names weekdays, Monday first', () => {
    expect(weekdayOf('2027-07-05')).toBe('mon');
    expect(weekdayOf('2027-07-11')).toBe('sun');
  });

  it('computes ISO weeks, including those straddling a new year', () => {
    expect(isoWeekOf('2027-07-05')).toBe('2027-W27');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2026-12-31')).toBe('2026-W53');
    expect(isoWeekOf('2029-12-31')).toBe('2030-W01');
    expect(mondayOfIsoWeek('2027-W27')).toBe('2027-07-05');
    expect(mondayOfIsoWeek('2026-W53')).toBe('2026-12-28');
    expect(mondayOfIsoWeek('2027-W53')).toBeUndefined();
    expect(mondayOfIsoWeek('2027-W00')).toBeUndefined();
  });
});
