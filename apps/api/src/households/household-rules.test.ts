import { describe, expect, it } from 'vitest';
import { declaredResidency, normaliseAddress } from './household-rules.ts';

const address = { street: ' Rue Léopold ', number: '12', postalCode: '4000', city: 'Liège', country: 'BE' };

describe('normaliseAddress', () => {
  it('trims, keeps an empty box as none and writes the phone in E.164', () => {
    expect(normaliseAddress({ ...address, box: ' ', phone: '0470 12 34 56' })).toEqual({
      ok: true,
      value: { ...address, street: 'Rue Léopold', box: null, phone: '+32470123456' },
    });
  });

  it('checks a Belgian postal code but keeps a foreign one', () => {
    const bad = normaliseAddress({ ...address, postalCode: '0999' });
    expect(bad.ok ? [] : bad.errors.map((e) => [e.path, e.code])).toEqual([
      ['postalCode', 'postal_code_range'],
    ]);
    expect(normaliseAddress({ ...address, postalCode: '75001', country: 'FR' }).ok).toBe(true);
  });
});

describe('declaredResidency', () => {
  const liege = ['4000', '4020'];
  it('is resident only inside the commune’s postal codes in Belgium', () => {
    expect(declaredResidency({ country: 'BE', postalCode: '4020' }, liege)).toBe('declared_resident');
    expect(declaredResidency({ country: 'BE', postalCode: '4040' }, liege)).toBe('declared_non_resident');
    expect(declaredResidency({ country: 'NL', postalCode: '4000' }, liege)).toBe('declared_non_resident');
  });
});
