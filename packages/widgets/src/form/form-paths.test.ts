import { describe, expect, it } from 'vitest';
import { controlId, errorId } from './form-paths.ts';

describe('controlId', () => {
  it('turns a dotted answer path into an id', () => {
    expect(controlId('people.1.birthDate')).toBe('f-people-1-birthDate');
    expect(errorId('address.postalCode')).toBe('f-address-postalCode-error');
  });

  it('keeps the ids of the same form shown twice apart with a scope (one copy per child)', () => {
    expect(controlId('tshirt', 'child-a')).toBe('f-child-a-tshirt');
    expect(controlId('tshirt', 'child-b')).not.toBe(controlId('tshirt', 'child-a'));
    expect(errorId('tshirt', 'child-a')).toBe('f-child-a-tshirt-error');
  });
});
