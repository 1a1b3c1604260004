import fc from 'fast-check';
import { composeIBAN } from 'ibantools';
import { describe, expect, it } from 'vitest';
import { formatIban, parseBelgianIban, parseIban } from './iban.ts';

describe('parseBelgianIban', () => {
  it('accepts Belgian IBANs with spaces and in lower case', () => {
    expect(parseBelgianIban('BE68 5390 0754 7034')).toEqual({ ok: true, value: 'BE68539007547034' });
    expect(parseBelgianIban(' be71096123456769 ')).toEqual({ ok: true, value: 'BE71096123456769' });
  });

  it('rejects a wrong checksum', () => {
    expect(parseBelgianIban('BE68 5390 0754 7035')).toEqual({ ok: false, code: 'iban_checksum' });
  });

  it('rejects malformed input', () => {
    for (const input of ['', 'BE68 5390 0754', 'BE68.5390.0754.7034', 'hello']) {
      expect(parseBelgianIban(input)).toEqual({ ok: false, code: 'iban_format' });
    }
  });

  it('rejects valid foreign IBANs', () => {
    expect(parseBelgianIban('NL91 ABNA 0417 1643 00')).toEqual({ ok: false, code: 'iban_not_belgian' });
  });
});

describe('parseIban', () => {
  it('accepts IBANs of SEPA countries', () => {
    expect(parseIban('NL91 ABNA 0417 1643 00')).toEqual({ ok: true, value: 'NL91ABNA0417164300' });
    expect(parseIban('DE89 3704 0044 0532 0130 00')).toEqual({ ok: true, value: 'DE89370400440532013000' });
  });

  it('rejects valid IBANs of countries outside SEPA', () => {
    expect(parseIban('TR33 0006 1005 1978 6457 8413 26')).toEqual({ ok: false, code: 'iban_not_sepa' });
  });

  it('rejects a wrong checksum', () => {
    expect(parseIban('NL92 ABNA 0417 1643 00')).toEqual({ ok: false, code: 'iban_checksum' });
  });
});

describe('formatIban', () => {
  it('groups by four', () => {
    expect(formatIban('BE68539007547034')).toBe('BE68 5390 0754 7034');
  });
});

const belgianBban = fc.stringMatching(/^\d{10}$/).map((account) => {
  const remainder = Number(account) % 97;
  return `${account}${String(remainder === 0 ? 97 : remainder).padStart(2, '0')}`;
});

describe('IBAN properties', () => {
  it('validates every generated Belgian IBAN and round-trips through formatIban', () => {
    fc.assert(
      fc.property(belgianBban, (bban) => {
        const iban = composeIBAN({ countryCode: 'BE', bban });
        if (iban === null) throw new Error(`could not compose from ${bban}`);
        expect(parseBelgianIban(formatIban(iban))).toEqual({ ok: true, value: iban });
      }),
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        expect(typeof parseIban(input).ok).toBe('boolean');
        expect(typeof parseBelgianIban(input).ok).toBe('boolean');
        expect(typeof formatIban(input)).toBe('string');
      }),
    );
  });
});
