import { describe, expect, it } from 'vitest';
import type { CalendarEntry } from './calendar-flags.ts';
import { calendarFlags } from './calendar-flags.ts';

const entry = (
  id: string,
  from: string,
  to: string,
  options: Partial<Pick<CalendarEntry, 'placeKey' | 'status'>> & { equipment?: Record<string, number> } = {},
): CalendarEntry => ({
  id,
  startsAt: new Date(from),
  endsAt: new Date(to),
  status: options.status ?? 'submitted',
  placeKey: options.placeKey === undefined ? 'place-du-marche' : options.placeKey,
  equipment: new Map(Object.entries(options.equipment ?? {})),
});

describe('calendarFlags', () => {
  it('flags both sides of a clash on the same place, not other places nor back-to-back events', () => {
    const flags = calendarFlags(
      [
        entry('a', '2027-06-12T10:00:00Z', '2027-06-12T18:00:00Z'),
        entry('b', '2027-06-12T16:00:00Z', '2027-06-12T22:00:00Z', { status: 'approved' }),
        entry('c', '2027-06-12T22:00:00Z', '2027-06-12T23:00:00Z'),
        entry('d', '2027-06-12T10:00:00Z', '2027-06-12T23:00:00Z', { placeKey: 'parc-d-avroy' }),
        entry('e', '2027-06-12T10:00:00Z', '2027-06-12T23:00:00Z', { placeKey: null }),
      ],
      new Map(),
    );
    expect(Object.fromEntries([...flags].map(([id, flag]) => [id, flag.clashesWith]))).toEqual({
      a: ['b'],
      b: ['a'],
      c: [],
      d: [],
      e: [],
    });
  });

  it('lists clashes in start order', () => {
    const flags = calendarFlags(
      [
        entry('long', '2027-06-12T08:00:00Z', '2027-06-12T23:00:00Z'),
        entry('late', '2027-06-12T20:00:00Z', '2027-06-12T21:00:00Z'),
        entry('early', '2027-06-12T09:00:00Z', '2027-06-12T10:00:00Z'),
      ],
      new Map(),
    );
    expect(flags.get('long')?.clashesWith).toEqual(['early', 'late']);
  });

  it('flags equipment asked beyond the stock left by overlapping requests, on every side', () => {
    const stock = new Map([
      ['podium', 1],
      ['tables', 30],
    ]);
    const flags = calendarFlags(
      [
        entry('a', '2027-06-12T10:00:00Z', '2027-06-12T18:00:00Z', { equipment: { podium: 1, tables: 10 } }),
        entry('b', '2027-06-12T12:00:00Z', '2027-06-12T20:00:00Z', {
          placeKey: 'parc-d-avroy',
          equipment: { podium: 1, tables: 10 },
        }),
        entry('c', '2027-06-13T10:00:00Z', '2027-06-13T18:00:00Z', { equipment: { podium: 1 } }),
      ],
      stock,
    );
    expect(flags.get('a')?.overAllocated).toEqual([{ key: 'podium', requested: 1, available: 0 }]);
    expect(flags.get('b')?.overAllocated).toEqual([{ key: 'podium', requested: 1, available: 0 }]);
    expect(flags.get('c')?.overAllocated).toEqual([]);
  });

  it('counts equipment no longer lent (no stock) as over-allocated', () => {
    const flags = calendarFlags(
      [entry('a', '2027-06-12T10:00:00Z', '2027-06-12T18:00:00Z', { equipment: { generator: 1 } })],
      new Map(),
    );
    expect(flags.get('a')?.overAllocated).toEqual([{ key: 'generator', requested: 1, available: 0 }]);
  });
});
