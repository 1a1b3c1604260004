import { describe, expect, it } from 'vitest';
import { idempotencyHeadersSchema, requestFingerprint } from './request-fingerprint.ts';

describe('requestFingerprint', () => {
  it('is the same for the same request whatever the key order', () => {
    const a = requestFingerprint('post', '/x', { b: [1, { d: 1, c: 2 }], a: true });
    expect(requestFingerprint('POST', '/x', { a: true, b: [1, { c: 2, d: 1 }] })).toBe(a);
  });
  it('differs by body, path and method', () => {
    const a = requestFingerprint('POST', '/x', { a: 1 });
    expect(requestFingerprint('POST', '/x', { a: 2 })).not.toBe(a);
    expect(requestFingerprint('POST', '/y', { a: 1 })).not.toBe(a);
    expect(requestFingerprint('PUT', '/x', { a: 1 })).not.toBe(a);
  });
  it('takes printable keys of 8 to 128 characters', () => {
    expect(idempotencyHeadersSchema.safeParse({ 'idempotency-key': 'abc' }).success).toBe(false);
    expect(idempotencyHeadersSchema.safeParse({ 'idempotency-key': 'with space here' }).success).toBe(false);
    expect(idempotencyHeadersSchema.safeParse({ 'idempotency-key': crypto.randomUUID() }).success).toBe(true);
    expect(idempotencyHeadersSchema.safeParse({}).success).toBe(true);
  });
});
