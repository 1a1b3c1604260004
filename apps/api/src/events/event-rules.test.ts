import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  brusselsDay,
  checkLeadTime,
  equipmentAvailability,
  overlaps,
  placeClashes,
  stockShortfalls,
} from './event-rules.ts';

const at = (iso: string) => new Date(iso);
const range = (from: string, to: string) => ({ startsAt: at(from), endsAt: at(to) });

describe('checkLeadTime', () => {
  it('accepts exactly the lead time and refuses a day less, naming the earliest first day', () => {
    expect(checkLeadTime('2027-05-01', '2027-05-31', 30)).toEqual({ ok: true, earliestStart: '2027-05-31' });
    expect(checkLeadTime('2027-05-01', '2027-05-30', 30)).toEqual({ ok: false, earliestStart: '2027-05-31' });
    expect(checkLeadTime('2027-05-01', '2027-05-01', 0).ok).toBe(true);
  });

  it('counts calendar days across the change to summer time and month ends', () => {
    expect(checkLeadTime('2027-03-20', '2027-04-03', 14).ok).toBe(true);
    expect(checkLeadTime('2027-02-27', '2027-03-01', 2).ok).toBe(true);
    expect(checkLeadTime('2028-02-28', '2028-03-01', 2).ok).toBe(true);
  });

  it('takes today in Brussels, not UTC: 23:30 UTC in summer is already the next day', () => {
    expect(brusselsDay(at('2027-06-30T23:30:00Z'))).toBe('2027-07-01');
    expect(brusselsDay(at('2027-12-31T22:59:00Z'))).toBe('2027-12-31');
    expect(brusselsDay(at('2027-12-31T23:00:00Z'))).toBe('2028-01-01');
  });
});

describe('placeClashes', () => {
  const candidate = range('2027-06-12T14:00:00Z', '2027-06-12T22:00:00Z');

  it('finds overlapping requests that hold the place, in start order', () => {
    const clashes = placeClashes(candidate, [
      { ...range('2027-06-12T20:00:00Z', '2027-06-13T02:00:00Z'), status: 'approved' },
      { ...range('2027-06-12T08:00:00Z', '2027-06-12T15:00:00Z'), status: 'submitted' },
      { ...range('2027-06-12T10:00:00Z', '2027-06-12T23:00:00Z'), status: 'opinions-requested' },
    ]);
    expect(clashes.map((c) => c.status)).toEqual(['submitted', 'opinions-requested', 'approved']);
  });

  it('ignores drafts, refused, withdrawn and closed requests, and back-to-back events', () => {
    const whole = range('2027-06-12T00:00:00Z', '2027-06-13T00:00:00Z');
    expect(
      placeClashes(candidate, [
        { ...whole, status: 'draft' },
        { ...whole, status: 'refused' },
        { ...whole, status: 'withdrawn' },
        { ...whole, status: 'closed' },
        { ...range('2027-06-12T22:00:00Z', '2027-06-13T01:00:00Z'), status: 'approved' },
        { ...range('2027-06-12T10:00:00Z', '2027-06-12T14:00:00Z'), status: 'approved-with-conditions' },
      ]),
    ).toEqual([]);
  });

  it('overlap is symmetric and exactly “each starts before the other ends”', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 50 }),
        (s1, d1, s2, d2) => {
          const a = { startsAt: new Date(s1 * 60_000), endsAt: new Date((s1 + d1) * 60_000) };
          const b = { startsAt: new Date(s2 * 60_000), endsAt: new Date((s2 + d2) * 60_000) };
          const shareMinute = Array.from({ length: d1 }, (_, i) => s1 + i).some(
            (m) => m >= s2 && m < s2 + d2,
          );
          expect(overlaps(a, b)).toBe(overlaps(b, a));
          expect(overlaps(a, b)).toBe(shareMinute);
        },
      ),
    );
  });
});

describe('equipmentAvailability', () => {
  const candidate = range('2027-06-12T08:00:00Z', '2027-06-12T18:00:00Z');
  const stock = new Map([
    ['nadar-barriers', 100],
    ['podium', 1],
  ]);

  it('takes off what overlapping holding requests borrow, summed, never below zero', () => {
    const result = equipmentAvailability(
      candidate,
      new Map([
        ['nadar-barriers', 50],
        ['podium', 1],
      ]),
      stock,
      [
        {
          ...range('2027-06-12T07:00:00Z', '2027-06-12T09:00:00Z'),
          status: 'approved',
          equipment: new Map([['nadar-barriers', 40]]),
        },
        {
          ...range('2027-06-12T17:00:00Z', '2027-06-12T20:00:00Z'),
          status: 'submitted',
          equipment: new Map([
            ['nadar-barriers', 30],
            ['podium', 2],
          ]),
        },
        {
          ...range('2027-06-12T10:00:00Z', '2027-06-12T11:00:00Z'),
          status: 'refused',
          equipment: new Map([['nadar-barriers', 100]]),
        },
        {
          ...range('2027-06-13T10:00:00Z', '2027-06-13T11:00:00Z'),
          status: 'approved',
          equipment: new Map([['nadar-barriers', 100]]),
        },
      ],
    );
    expect(result).toEqual([
      { key: 'nadar-barriers', requested: 50, available: 30 },
      { key: 'podium', requested: 1, available: 0 },
    ]);
  });

  it('never promises more than the stock, whatever the other loans', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 8 }), (loans) => {
        const others = loans.map((quantity) => ({
          ...candidate,
          status: 'approved' as const,
          equipment: new Map([['nadar-barriers', quantity]]),
        }));
        const [row] = equipmentAvailability(candidate, new Map([['nadar-barriers', 1]]), stock, others);
        const held = loans.reduce((sum, q) => sum + q, 0);
        expect(row?.available).toBe(Math.max(0, 100 - held));
      }),
    );
  });
});

describe('stockShortfalls', () => {
  const loan = (from: string, to: string, barriers: number, status: 'approved' | 'refused' = 'approved') => ({
    ...range(from, to),
    status,
    equipment: new Map([['nadar-barriers', barriers]]),
  });
  const held = [
    loan('2027-06-12T08:00:00Z', '2027-06-12T18:00:00Z', 40),
    loan('2027-06-12T12:00:00Z', '2027-06-12T20:00:00Z', 30),
    // Starts when the first ends: back to back, never at once with it.
    loan('2027-06-12T18:00:00Z', '2027-06-12T22:00:00Z', 25),
    loan('2027-06-12T09:00:00Z', '2027-06-12T10:00:00Z', 100, 'refused'),
  ];

  it('tells an item whose new stock is under the most units held requests borrow at once', () => {
    expect(stockShortfalls(new Map([['nadar-barriers', 69]]), held)).toEqual([
      { key: 'nadar-barriers', borrowed: 70, stock: 69 },
    ]);
    expect(stockShortfalls(new Map([['nadar-barriers', 70]]), held)).toEqual([]);
  });

  it('finds nothing short for an item no request borrows', () => {
    expect(stockShortfalls(new Map([['podium', 0]]), held)).toEqual([]);
  });
});
