import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCompanyNumber, parseCompanyNumber } from './company-number.ts';

describe('parseCompanyNumber', () => {
  it('accepts the usual notations', () => {
    for (const input of ['BE 0123.456.749', '0123456749', 'be0123456749', '0123 456 749']) {
      expect(parseCompanyNumber(input)).toEqual({ ok: true, value: '0123456749' });
    }
    expect(parseCompanyNumber('0203.201.340')).toEqual({ ok: true, value: '0203201340' });
    expect(parseCompanyNumber('0403.170.701')).toEqual({ ok: true, value: '0403170701' });
  });

  it('rejects a wrong checksum', () => {
    expect(parseCompanyNumber('0123.456.748')).toEqual({ ok: false, code: 'company_number_checksum' });
  });

  it('rejects numbers that do not start with 0 or 1, or have the wrong length', () => {
    for (const input of ['', '2123456749', '123456749', '01234567490', 'BE 0123.456.74A', 'FR0123456749']) {
      expect(parseCompanyNumber(input)).toEqual({ ok: false, code: 'company_number_format' });
    }
  });
});

describe('formatCompanyNumber', () => {
  it('writes 0123.456.749', () => {
    expect(formatCompanyNumber('0123456749')).toBe('0123.456.749');
  });
});

const validCompanyNumber = fc.stringMatching(/^[01]\d{7}$/).map((base) => {
  const check = 97 - (Number(base) % 97);
  return `${base}${String(check).padStart(2, '0')}`;
});

describe('company number properties', () => {
  it('validates every generated number and round-trips through the format', () => {
    fc.assert(
      fc.property(validCompanyNumber, (digits) => {
        expect(parseCompanyNumber(`BE ${formatCompanyNumber(digits)}`)).toEqual({ ok: true, value: digits });
      }),
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        expect(typeof parseCompanyNumber(input).ok).toBe('boolean');
      }),
    );
  });
});
