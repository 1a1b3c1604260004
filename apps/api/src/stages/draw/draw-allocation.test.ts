import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AllocatableTicket } from './draw-allocation.ts';
import { allocateDraw } from './draw-allocation.ts';

const ticketsArb = fc
  .array(fc.record({ size: fc.integer({ min: 1, max: 4 }), allOrNone: fc.boolean() }), { maxLength: 40 })
  .map((shapes) =>
    shapes.map(
      ({ size, allOrNone }, t): AllocatableTicket => ({
        id: `t${t}`,
        childIds: Array.from({ length: size }, (_, c) => `t${t}c${c}`),
        allOrNone,
      }),
    ),
  );

describe('allocateDraw', () => {
  it('500 single tickets for 10 seats: the first 10 drawn confirmed, the rest waitlisted 1..490', () => {
    const tickets = Array.from({ length: 500 }, (_, i) => ({
      id: `t${i}`,
      childIds: [`c${i}`],
      allOrNone: false,
    }));
    const allocations = allocateDraw(tickets, 10, 1);
    expect(allocations.slice(0, 10).every((a) => a.status === 'confirmed')).toBe(true);
    expect(allocations.slice(10).map((a) => (a.status === 'waitlisted' ? a.position : 0))).toEqual(
      Array.from({ length: 490 }, (_, i) => i + 1),
    );
  });

  it('never confirms more than the seats left, and numbers the waitlist on without gaps', () => {
    fc.assert(
      fc.property(ticketsArb, fc.nat(30), fc.integer({ min: 1, max: 50 }), (tickets, seats, next) => {
        const allocations = allocateDraw(tickets, seats, next);
        expect(allocations).toHaveLength(tickets.reduce((n, t) => n + t.childIds.length, 0));
        expect(allocations.filter((a) => a.status === 'confirmed').length).toBeLessThanOrEqual(seats);
        const positions = allocations.flatMap((a) => (a.status === 'waitlisted' ? [a.position] : []));
        expect(positions).toEqual(Array.from({ length: positions.length }, (_, i) => next + i));
      }),
    );
  });

  it('keeps all-or-none siblings together', () => {
    fc.assert(
      fc.property(ticketsArb, fc.nat(30), (tickets, seats) => {
        const allocations = allocateDraw(tickets, seats, 1);
        for (const ticket of tickets.filter((t) => t.allOrNone)) {
          const statuses = new Set(allocations.filter((a) => a.ticketId === ticket.id).map((a) => a.status));
          expect(statuses.size).toBe(1);
        }
      }),
    );
  });

  it('gives a seat to an earlier ticket before a later one (a later single may use a seat too few for siblings)', () => {
    const allocations = allocateDraw(
      [
        { id: 'a', childIds: ['a1', 'a2'], allOrNone: true },
        { id: 'b', childIds: ['b1'], allOrNone: false },
        { id: 'c', childIds: ['c1', 'c2'], allOrNone: false },
      ],
      1,
      4,
    );
    expect(allocations).toEqual([
      { ticketId: 'a', childId: 'a1', status: 'waitlisted', position: 4 },
      { ticketId: 'a', childId: 'a2', status: 'waitlisted', position: 5 },
      { ticketId: 'b', childId: 'b1', status: 'confirmed' },
      { ticketId: 'c', childId: 'c1', status: 'waitlisted', position: 6 },
      { ticketId: 'c', childId: 'c2', status: 'waitlisted', position: 7 },
    ]);
  });
});
