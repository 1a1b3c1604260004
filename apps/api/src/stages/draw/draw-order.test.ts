import { createHmac, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawOrder, seedHashOf } from './draw-order.ts';

const SEED = `${'00'.repeat(31)}01`;
const seedArb = fc
  .uint8Array({ minLength: 32, maxLength: 32 })
  .map((bytes) => Buffer.from(bytes).toString('hex'));
const ticketsArb = fc.uniqueArray(fc.record({ id: fc.uuid(), priority: fc.boolean() }), {
  selector: (ticket) => ticket.id,
  maxLength: 60,
});

describe('drawOrder', () => {
  it('is a permutation of the tickets', () => {
    fc.assert(
      fc.property(seedArb, ticketsArb, fc.boolean(), (seed, tickets, prioritise) => {
        const order = drawOrder(seed, tickets, prioritise);
        expect(order).toHaveLength(tickets.length);
        expect(new Set(order.map((t) => t.id))).toEqual(new Set(tickets.map((t) => t.id)));
      }),
    );
  });

  it('gives the same order for the same seed, whatever order the tickets are listed in', () => {
    fc.assert(
      fc.property(seedArb, ticketsArb, fc.boolean(), (seed, tickets, prioritise) => {
        const once = drawOrder(seed, tickets, prioritise).map((t) => t.id);
        const again = drawOrder(seed, [...tickets].reverse(), prioritise).map((t) => t.id);
        expect(again).toEqual(once);
      }),
    );
  });

  it('puts every priority ticket first when asked, and only then', () => {
    fc.assert(
      fc.property(seedArb, ticketsArb, (seed, tickets) => {
        const order = drawOrder(seed, tickets, true);
        const firstOther = order.findIndex((t) => !t.priority);
        expect(firstOther === -1 || order.slice(firstOther).every((t) => !t.priority)).toBe(true);
        // Within each group, the order is the unprioritised shuffle's.
        const plain = drawOrder(seed, tickets, false);
        expect(order.filter((t) => t.priority)).toEqual(plain.filter((t) => t.priority));
        expect(order.filter((t) => !t.priority)).toEqual(plain.filter((t) => !t.priority));
      }),
    );
  });

  it('follows the documented algorithm step by step (an independent reimplementation)', () => {
    fc.assert(
      fc.property(seedArb, ticketsArb, (seed, tickets) => {
        const ids = tickets.map((t) => t.id).sort();
        let k = 0n;
        for (let i = ids.length - 1; i > 0; i--) {
          let j: number;
          for (;;) {
            const message = Buffer.alloc(8);
            message.writeBigUInt64BE(k++);
            const value = createHmac('sha256', Buffer.from(seed, 'hex'))
              .update(message)
              .digest()
              .readUInt32BE(0);
            if (value < 2 ** 32 - (2 ** 32 % (i + 1))) {
              j = value % (i + 1);
              break;
            }
          }
          [ids[i], ids[j]] = [ids[j] as string, ids[i] as string];
        }
        expect(drawOrder(seed, tickets, false).map((t) => t.id)).toEqual(ids);
      }),
    );
  });

  it('depends on the seed: two seeds order 20 tickets differently', () => {
    const tickets = Array.from({ length: 20 }, () => ({ id: randomUUID(), priority: false }));
    const other = `${'00'.repeat(31)}02`;
    expect(drawOrder(SEED, tickets, false)).not.toEqual(drawOrder(other, tickets, false));
  });

  it('gives every ticket every place about equally often', () => {
    const tickets = ['a', 'b', 'c'].map((id) => ({ id, priority: false }));
    const firsts = new Map<string, number>();
    for (let n = 0; n < 3000; n++) {
      const seed = createHmac('sha256', 'spread').update(String(n)).digest('hex');
      const first = drawOrder(seed, tickets, false)[0]?.id ?? '';
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    for (const id of ['a', 'b', 'c']) expect(firsts.get(id)).toBeGreaterThan(850);
  });

  it('refuses a seed that is not 32 bytes of lower-case hex', () => {
    expect(() => drawOrder('abc', [], false)).toThrow(/32 bytes/);
    expect(() => seedHashOf('ZZ'.repeat(32))).toThrow(/32 bytes/);
  });

  it('commits to a seed by the SHA-256 of its bytes', () => {
    expect(seedHashOf('00'.repeat(32))).toBe(
      '66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925',
    );
  });
});
