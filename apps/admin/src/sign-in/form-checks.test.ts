import { describe, expect, it } from 'vitest';
import { cleanCode, isEmail, isSixDigits } from './form-checks.ts';

describe('sign-in form checks', () => {
  it('accepts an address and refuses what is not one', () => {
    expect(isEmail(' admin@liege.communa.test ')).toBe(true);
    expect(isEmail('admin@liege')).toBe(false);
    expect(isEmail('')).toBe(false);
  });

  it('reads a code with spaces, refuses other lengths and letters', () => {
    expect(cleanCode('123 456')).toBe('123456');
    expect(isSixDigits('123 456')).toBe(true);
    expect(isSixDigits('12345')).toBe(false);
    expect(isSixDigits('12345a')).toBe(false);
  });
});
