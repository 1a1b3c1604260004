import { describe, expect, it } from 'vitest';
import { AddressLimiter } from './address-limiter.ts';

describe('AddressLimiter', () => {
  it('lets max attempts through per key, then says how long to wait', () => {
    let now = 0;
    const limiter = new AddressLimiter({ max: 2, windowSeconds: 60, now: () => now });
    expect(limiter.take('a@x.be')).toBe(0);
    expect(limiter.take('a@x.be')).toBe(0);
    now = 15_000;
    expect(limiter.take('a@x.be')).toBe(45);
    expect(limiter.take('b@x.be')).toBe(0);
  });

  it('starts a new window once the old one has ended', () => {
    let now = 0;
    const limiter = new AddressLimiter({ max: 1, windowSeconds: 10, now: () => now });
    expect(limiter.take('a@x.be')).toBe(0);
    expect(limiter.take('a@x.be')).toBeGreaterThan(0);
    now = 10_000;
    expect(limiter.take('a@x.be')).toBe(0);
  });
});
