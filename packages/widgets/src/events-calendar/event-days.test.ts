import { describe, expect, it } from 'vitest';
import { brusselsDay, groupByDay } from './event-days.ts';

describe('brusselsDay', () => {
  it('is the day in Brussels, not in UTC', () => {
    // 23:30 UTC in summer is 01:30 the next day in Brussels; in winter, 00:30.
    expect(brusselsDay('2027-06-12T23:30:00Z')).toBe('2027-06-13');
    expect(brusselsDay('2027-01-12T23:30:00Z')).toBe('2027-01-13');
    expect(brusselsDay('2027-01-12T22:30:00Z')).toBe('2027-01-12');
  });
});

describe('groupByDay', () => {
  const event = (id: string, startsAt: string) => ({ id, startsAt });

  it('groups by Brussels start day, days and events in order', () => {
    const days = groupByDay([
      event('late', '2027-06-13T18:00:00Z'),
      event('night', '2027-06-12T22:30:00Z'),
      event('noon', '2027-06-12T10:00:00Z'),
      event('morning', '2027-06-12T07:00:00Z'),
    ]);
    expect(days.map((d) => [d.day, d.events.map((e) => e.id)])).toEqual([
      ['2027-06-12', ['morning', 'noon']],
      ['2027-06-13', ['night', 'late']],
    ]);
  });

  it('lists an event already under way under the first day shown', () => {
    const days = groupByDay(
      [event('fair', '2027-06-01T08:00:00Z'), event('concert', '2027-06-10T18:00:00Z')],
      '2027-06-10',
    );
    expect(days).toEqual([
      {
        day: '2027-06-10',
        events: [event('fair', '2027-06-01T08:00:00Z'), event('concert', '2027-06-10T18:00:00Z')],
      },
    ]);
  });

  it('is empty without events', () => {
    expect(groupByDay([], '2027-06-10')).toEqual([]);
  });
});
