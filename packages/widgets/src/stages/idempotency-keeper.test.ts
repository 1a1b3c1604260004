import { describe, expect, it } from 'vitest';
import { IdempotencyKeeper } from './idempotency-keeper.ts';

describe('IdempotencyKeeper', () => {
  const counter = () => {
    let n = 0;
    return () => `key-${++n}`;
  };
  const request = { sessionId: 's1', childIds: ['a', 'b'], allOrNone: false };

  it('reuses the key for a retry of the same request that got no answer', () => {
    const keeper = new IdempotencyKeeper(counter());
    expect(keeper.keyFor(request)).toBe('key-1');
    expect(keeper.keyFor({ ...request })).toBe('key-1');
  });

  it('keeps one key per request: several sessions asked at once each keep theirs', () => {
    const keeper = new IdempotencyKeeper(counter());
    const other = { ...request, sessionId: 's2' };
    expect(keeper.keyFor(request)).toBe('key-1');
    expect(keeper.keyFor(other)).toBe('key-2');
    expect(keeper.keyFor({ ...request, allOrNone: true })).toBe('key-3');
    expect(keeper.keyFor(other)).toBe('key-2');
  });

  it('takes a new key once the request was answered', () => {
    const keeper = new IdempotencyKeeper(counter());
    expect(keeper.keyFor(request)).toBe('key-1');
    keeper.answered({ ...request });
    expect(keeper.keyFor(request)).toBe('key-2');
  });

  it('takes a new key when the answers to the stage’s questions changed, even if the first got no answer', () => {
    const keeper = new IdempotencyKeeper(counter());
    const answered = { ...request, answers: { a: { swimmingLevel: 'none' }, b: {} } };
    expect(keeper.keyFor(answered)).toBe('key-1');
    expect(keeper.keyFor({ ...answered, answers: { a: { swimmingLevel: 'none' }, b: {} } })).toBe('key-1');
    expect(keeper.keyFor({ ...answered, answers: { a: { swimmingLevel: 'alone' }, b: {} } })).toBe('key-2');
  });

  it('makes keys the server accepts by default (UUIDs)', () => {
    expect(new IdempotencyKeeper().keyFor(request)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
