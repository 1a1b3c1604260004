import { describe, expect, it } from 'vitest';
import { addressLine } from './household-address.ts';

describe('addressLine', () => {
  const address = {
    street: 'Rue Haute',
    number: '12',
    box: null,
    postalCode: '4000',
    city: 'Liège',
    country: 'BE',
  };

  it('writes a Belgian address on one line', () => {
    expect(addressLine(address, 'bte')).toBe('Rue Haute 12, 4000 Liège');
    expect(addressLine({ ...address, box: '3' }, 'bus')).toBe('Rue Haute 12 bus 3, 4000 Liège');
  });

  it('names the country only abroad', () => {
    expect(addressLine({ ...address, postalCode: '6200', city: 'Maastricht', country: 'NL' }, 'box')).toBe(
      'Rue Haute 12, 6200 Maastricht, NL',
    );
  });
});
