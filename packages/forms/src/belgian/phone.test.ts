import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPhone, parsePhone } from './phone.ts';

describe('parsePhone', () => {
  it('reads numbers without prefix as Belgian', () => {
    expect(parsePhone('04 221 84 11')).toEqual({ ok: true, value: '+3242218411' });
    expect(parsePhone('0470 12 34 56')).toEqual({ ok: true, value: '+32470123456' });
    expect(parsePhone('02/511.42.02')).toEqual({ ok: true, value: '+3225114202' });
  });

  it('accepts international numbers', () => {
    expect(parsePhone('+32 470 12 34 56')).toEqual({ ok: true, value: '+32470123456' });
    expect(parsePhone('+33 1 42 68 53 00')).toEqual({ ok: true, value: '+33142685300' });
  });

  it('rejects numbers of the wrong length', () => {
    expect(parsePhone('0470 12 34')).toEqual({ ok: false, code: 'phone_invalid' });
  });

  it('rejects text that is not a phone number', () => {
    for (const input of ['', 'abc', '+']) {
      expect(parsePhone(input)).toEqual({ ok: false, code: 'phone_format' });
    }
  });
});

describe('formatPhone', () => {
  it('writes Belgian numbers in national notation and others internationally', () => {
    expect(formatPhone('+32470123456')).toBe('0470 12 34 56');
    expect(formatPhone('+33142685300')).toBe('+33 1 42 68 53 00');
  });
});

describe('phone properties', () => {
  it('validates every generated Belgian mobile number and round-trips through formatPhone', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^04[7-9]\d{7}$/), (national) => {
        const parsed = parsePhone(national);
        expect(parsed).toEqual({ ok: true, value: `+32${national.slice(1)}` });
        if (parsed.ok) expect(parsePhone(formatPhone(parsed.value))).toEqual(parsed);
      }),
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        expect(typeof parsePhone(input).ok).toBe('boolean');
        expect(typeof formatPhone(input)).toBe('string');
      }),
    );
  });
});
