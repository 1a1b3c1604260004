import { describe, expect, it } from 'vitest';
import {
  brusselsDayOf,
  eventDays,
  eventsByDay,
  mondayOf,
  periodRange,
  periodWeeks,
  shiftPeriod,
} from './calendar-grid.ts';

describe('calendar grid', () => {
  it('takes days in Brussels: 23:30 UTC in summer is already the next day', () => {
    expect(brusselsDayOf('2030-06-30T23:30:00Z')).toBe('2030-07-01');
    expect(brusselsDayOf('2030-12-31T22:59:00Z')).toBe('2030-12-31');
  });

  it('starts weeks on Monday', () => {
    expect(mondayOf('2030-06-15')).toBe('2030-06-10');
    expect(mondayOf('2030-06-10')).toBe('2030-06-10');
    expect(mondayOf('2030-06-16')).toBe('2030-06-10');
  });

  it('lays a month out in whole weeks from the Monday before its 1st to the Sunday after its end', () => {
    const weeks = periodWeeks('month', '2030-06-15');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]?.[0]).toBe('2030-05-27');
    expect(weeks.at(-1)?.at(-1)).toBe('2030-06-30');
    expect(periodWeeks('month', '2030-09-01')).toHaveLength(6);
    expect(periodRange('month', '2030-06-15')).toEqual({ from: '2030-05-27', to: '2030-06-30' });
    expect(periodRange('week', '2030-06-15')).toEqual({ from: '2030-06-10', to: '2030-06-16' });
    expect(periodRange('list', '2030-02-10')).toEqual({ from: '2030-02-01', to: '2030-02-28' });
  });

  it('moves a month or a week on and back, across years', () => {
    expect(shiftPeriod('month', '2030-12-15', 1)).toBe('2031-01-01');
    expect(shiftPeriod('list', '2030-01-31', -1)).toBe('2029-12-01');
    expect(shiftPeriod('week', '2030-06-15', 1)).toBe('2030-06-22');
  });

  it('puts an event on every day it covers, not the day after one ending at midnight', () => {
    // 22:00 UTC is midnight in Brussels in summer.
    expect(eventDays({ startsAt: '2030-06-14T20:00:00Z', endsAt: '2030-06-15T22:00:00Z' })).toEqual([
      '2030-06-14',
      '2030-06-15',
    ]);
    expect(eventDays({ startsAt: '2030-06-15T08:00:00Z', endsAt: '2030-06-15T22:30:00Z' })).toEqual([
      '2030-06-15',
      '2030-06-16',
    ]);
    expect(eventDays({ startsAt: '2030-06-15T08:00:00Z', endsAt: '2030-06-15T21:59:00Z' })).toEqual([
      '2030-06-15',
    ]);
    const byDay = eventsByDay(
      [{ id: 'a', startsAt: '2030-06-15T08:00:00Z', endsAt: '2030-06-15T12:00:00Z' }],
      ['2030-06-14', '2030-06-15'],
    );
    expect(byDay.get('2030-06-14')).toEqual([]);
    expect(byDay.get('2030-06-15')?.map((event) => event.id)).toEqual(['a']);
  });
});
