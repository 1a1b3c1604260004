import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBelgianPostalCode } from './postal-code.ts';

describe('parseBelgianPostalCode', () => {
  it('accepts four digits from 1000 to 9999', () => {
    expect(parseBelgianPostalCode('1000')).toEqual({ ok: true, value: '1000' });
    expect(parseBelgianPostalCode(' 4000 ')).toEqual({ ok: true, value: '4000' });
    expect(parseBelgianPostalCode('9999')).toEqual({ ok: true, value: '9999' });
  });

  it('rejects codes below 1000', () => {
    expect(parseBelgianPostalCode('0999')).toEqual({ ok: false, code: 'postal_code_range' });
  });

  it('rejects anything that is not four digits', () => {
    for (const input of ['', '100', '10000', 'B-1000', '1 000']) {
      expect(parseBelgianPostalCode(input)).toEqual({ ok: false, code: 'postal_code_format' });
    }
  });

  it('accepts every code in range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), (code) => {
        expect(parseBelgianPostalCode(String(code))).toEqual({ ok: true, value: String(code) });
      }),
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        expect(typeof parseBelgianPostalCode(input).ok).toBe('boolean');
      }),
    );
  });
});
