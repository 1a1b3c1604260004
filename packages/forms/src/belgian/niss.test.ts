import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNiss, parseNiss } from './niss.ts';

describe('parseNiss', () => {
  it('accepts a number of someone born before 2000 in every usual notation', () => {
    for (const input of ['85.07.30-033.28', '85073003328', ' 850730 033 28 ']) {
      expect(parseNiss(input)).toEqual({
        ok: true,
        value: '85073003328',
        birthDate: '1985-07-30',
        isBis: false,
        sequenceParity: 'odd',
      });
    }
  });

  it('uses the 2 prefix for people born from 2000', () => {
    expect(parseNiss('01.02.03-123.45')).toMatchObject({ ok: true, birthDate: '2001-02-03' });
    expect(parseNiss('01.02.03-124.44')).toMatchObject({ ok: true, sequenceParity: 'even' });
    expect(parseNiss('24.02.29-002.63')).toMatchObject({ ok: true, birthDate: '2024-02-29' });
  });

  it('accepts BIS numbers, with a known or unknown birth date', () => {
    expect(parseNiss('85.47.30-001.49')).toMatchObject({ ok: true, birthDate: '1985-07-30', isBis: true });
    expect(parseNiss('85.40.00-005.23')).toMatchObject({ ok: true, birthDate: null, isBis: true });
    expect(parseNiss('85.20.00-006.76')).toMatchObject({ ok: true, birthDate: null, isBis: true });
  });

  it('rejects a wrong checksum', () => {
    expect(parseNiss('85.07.30-033.29')).toEqual({ ok: false, code: 'niss_checksum' });
    expect(parseNiss('01.02.03-123.46')).toEqual({ ok: false, code: 'niss_checksum' });
  });

  it('rejects an impossible birth date even with a correct checksum', () => {
    expect(parseNiss('23.02.29-002.42')).toEqual({ ok: false, code: 'niss_birth_date' });
    expect(parseNiss('85.13.30-001.05')).toEqual({ ok: false, code: 'niss_birth_date' });
  });

  it('rejects anything that is not 11 digits', () => {
    for (const input of ['', '8507300332', '850730033281', '85-07-30-033-2A', '85/07/30 033 28']) {
      expect(parseNiss(input)).toEqual({ ok: false, code: 'niss_format' });
    }
  });
});

describe('formatNiss', () => {
  it('writes YY.MM.DD-SSS.CC', () => {
    expect(formatNiss('85073003328')).toBe('85.07.30-033.28');
  });

  it('leaves anything else unchanged', () => {
    expect(formatNiss('8507')).toBe('8507');
  });
});

const twoDigits = (n: number) => String(n).padStart(2, '0');

const validNiss = fc
  .record({
    date: fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
    sequence: fc.integer({ min: 1, max: 997 }),
    bisOffset: fc.constantFrom(0, 20, 40),
  })
  .map(({ date, sequence, bisOffset }) => {
    const year = date.getUTCFullYear();
    const base = `${twoDigits(year % 100)}${twoDigits(date.getUTCMonth() + 1 + bisOffset)}${twoDigits(date.getUTCDate())}${String(sequence).padStart(3, '0')}`;
    const checked = year >= 2000 ? Number(`2${base}`) : Number(base);
    return {
      digits: `${base}${twoDigits(97 - (checked % 97))}`,
      birthDate: date.toISOString().slice(0, 10),
      isBis: bisOffset !== 0,
    };
  });

describe('parseNiss properties', () => {
  it('validates every generated number and round-trips through formatNiss', () => {
    fc.assert(
      fc.property(validNiss, ({ digits, birthDate, isBis }) => {
        const result = parseNiss(formatNiss(digits));
        expect(result).toMatchObject({ ok: true, value: digits, birthDate, isBis });
      }),
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        expect(typeof parseNiss(input).ok).toBe('boolean');
      }),
    );
  });
});
