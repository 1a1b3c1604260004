import { parseStructuredCommunication } from '@communa/forms';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { qrPath, qrPng } from './epc-qr.ts';
import { brusselsStartOf, dueOn, epcPayload, overdueAt, structuredCommunicationOf } from './payment-rules.ts';

describe('structured communications', () => {
  it('are valid mod 97 and distinct for distinct invoice numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999_999_999 }), (n) => {
        const digits = structuredCommunicationOf(n);
        expect(parseStructuredCommunication(digits)).toEqual({ ok: true, value: digits });
        expect(digits.slice(0, 10)).toBe(String(n).padStart(10, '0'));
      }),
    );
    const many = Array.from({ length: 5000 }, (_, i) => structuredCommunicationOf(1_000_001 + i));
    expect(new Set(many).size).toBe(5000);
  });

  it('writes a remainder of 0 as 97', () => {
    expect(structuredCommunicationOf(97)).toBe('000000009797');
  });
});

describe('due dates', () => {
  it('are dueDays after issue, the day before the first day if sooner, never before today', () => {
    expect(dueOn('2027-06-01', '2027-07-05', 14)).toBe('2027-06-15');
    expect(dueOn('2027-06-28', '2027-07-05', 14)).toBe('2027-07-04');
    expect(dueOn('2027-07-05', '2027-07-05', 14)).toBe('2027-07-05');
  });

  it('turn overdue at the start of the next Brussels day', () => {
    expect(brusselsStartOf('2027-07-05').toISOString()).toBe('2027-07-04T22:00:00.000Z');
    expect(brusselsStartOf('2027-01-05').toISOString()).toBe('2027-01-04T23:00:00.000Z');
    expect(overdueAt('2027-06-15').toISOString()).toBe('2027-06-15T22:00:00.000Z');
  });
});

describe('EPC payment QR codes', () => {
  const transfer = {
    bic: 'GKCCBEBB',
    beneficiary: 'Ville de Liège',
    iban: 'BE36 0910 1720 3381',
    amountCents: 6500,
    structuredCommunication: '000100000195',
  };

  it('carry the EPC069-12 version 002 lines, the structured communication as the reference', () => {
    expect(epcPayload(transfer).split('\n')).toEqual([
      'BCD',
      '002',
      '1',
      'SCT',
      'GKCCBEBB',
      'Ville de Liège',
      'BE36091017203381',
      'EUR65.00',
      '',
      '000100000195',
    ]);
    expect(epcPayload({ ...transfer, amountCents: 1 })).toContain('\nEUR0.01\n');
    expect(() => epcPayload({ ...transfer, amountCents: 0 })).toThrow();
  });

  it('render as an SVG path and as a PNG', async () => {
    const { size, path } = qrPath(epcPayload(transfer));
    expect(size).toBeGreaterThan(25);
    expect(path).toMatch(/^(M\d+ \d+h1v1h-1z)+$/);
    const png = await qrPng(epcPayload(transfer));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  });
});
