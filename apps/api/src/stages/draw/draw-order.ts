import { createHash, createHmac } from 'node:crypto';

export interface OrderableTicket {
  /** The ticket's id (a UUID, lower case): the order before the shuffle. */
  id: string;
  /** Drawn before every ticket without it (residents in a residents' window). */
  priority: boolean;
}

const TWO_POW_32 = 2 ** 32;

/**
 * The drawn order of a draw's tickets, recomputable by anyone from the revealed seed:
 * 1. the tickets sorted by id (plain string order of the lower-case UUIDs);
 * 2. a Fisher–Yates shuffle: for i from n−1 down to 1, swap position i with position j, a uniform
 *    integer in 0..i. The k-th number used (k = 0, 1, 2, …) is the first 4 bytes, big-endian, of
 *    HMAC-SHA256(key = the seed's 32 bytes, message = k as 8 bytes big-endian); j is that number
 *    modulo i+1, and a number ≥ the largest multiple of i+1 below 2³² is skipped (so every j is
 *    equally likely) and the next k used instead;
 * 3. with `prioritise`, the tickets with priority moved before the others, each group keeping its
 *    shuffled order.
 */
export function drawOrder<T extends OrderableTicket>(
  seedHex: string,
  tickets: readonly T[],
  prioritise: boolean,
): T[] {
  const key = seedBytes(seedHex);
  const order = [...tickets].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let counter = 0n;
  const uniformBelow = (bound: number): number => {
    const limit = TWO_POW_32 - (TWO_POW_32 % bound);
    for (;;) {
      const message = Buffer.alloc(8);
      message.writeBigUInt64BE(counter);
      counter += 1n;
      const value = createHmac('sha256', key).update(message).digest().readUInt32BE(0);
      if (value < limit) return value % bound;
    }
  };
  for (let i = order.length - 1; i > 0; i--) {
    const j = uniformBelow(i + 1);
    const picked = order[j];
    const last = order[i];
    if (picked === undefined || last === undefined) throw new Error('shuffle index out of range');
    order[i] = picked;
    order[j] = last;
  }
  if (!prioritise) return order;
  return [...order.filter((ticket) => ticket.priority), ...order.filter((ticket) => !ticket.priority)];
}

/** The published commitment to a seed: SHA-256 of its 32 bytes, hex. */
export function seedHashOf(seedHex: string): string {
  return createHash('sha256').update(seedBytes(seedHex)).digest('hex');
}

function seedBytes(seedHex: string): Buffer {
  if (!/^[0-9a-f]{64}$/.test(seedHex)) throw new Error('a draw seed is 32 bytes written in lower-case hex');
  return Buffer.from(seedHex, 'hex');
}
