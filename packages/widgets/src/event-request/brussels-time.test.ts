import { describe, expect, it } from 'vitest';
import { brusselsDayTime, brusselsInstant, daysBetween, parseTimeInput } from './brussels-time.ts';

describe('brusselsInstant', () => {
  it('gives summer times two hours ahead of UTC, winter times one', () => {
    expect(brusselsInstant('2027-06-12', '14:00')).toBe('2027-06-12T14:00:00+02:00');
    expect(brusselsInstant('2027-01-15', '09:30')).toBe('2027-01-15T09:30:00+01:00');
  });

  it('is right on the days the clocks change', () => {
    expect(brusselsInstant('2027-03-28', '12:00')).toBe('2027-03-28T12:00:00+02:00');
    expect(brusselsInstant('2027-10-31', '12:00')).toBe('2027-10-31T12:00:00+01:00');
    expect(brusselsInstant('2027-03-28', '01:00')).toBe('2027-03-28T01:00:00+01:00');
  });

  it('reads back as the same day and time', () => {
    expect(brusselsDayTime('2027-06-12T14:00:00+02:00')).toEqual({ day: '2027-06-12', time: '14:00' });
    expect(brusselsDayTime('2027-01-14T23:30:00Z')).toEqual({ day: '2027-01-15', time: '00:30' });
  });
});

describe('parseTimeInput', () => {
  it('reads hours and minutes written the usual ways', () => {
    expect(parseTimeInput('14:00')).toBe('14:00');
    expect(parseTimeInput(' 9h30 ')).toBe('09:30');
    expect(parseTimeInput('9.05')).toBe('09:05');
  });

  it('refuses what is not a time of day', () => {
    expect(parseTimeInput('24:00')).toBeUndefined();
    expect(parseTimeInput('12:60')).toBeUndefined();
    expect(parseTimeInput('noon')).toBeUndefined();
    expect(parseTimeInput('')).toBeUndefined();
  });
});

describe('daysBetween', () => {
  it('counts calendar days', () => {
    expect(daysBetween('2027-06-01', '2027-07-01')).toBe(30);
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
  });
});
