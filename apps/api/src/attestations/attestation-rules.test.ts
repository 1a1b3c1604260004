import { describe, expect, it } from 'vitest';
import { childcareAttestation } from './attestation-rules.ts';

const week = ['2027-07-05', '2027-07-06', '2027-07-07', '2027-07-08', '2027-07-09'];

describe('childcareAttestation', () => {
  it('lists each paid enrolment with the days attended, capping what is deductible per day', () => {
    const attestation = childcareAttestation({
      year: 2027,
      birthDate: '2019-03-01',
      dailyCapCents: 1690,
      enrolments: [
        {
          reference: 'LIE-B',
          stageTitle: 'Nature',
          attendedDays: ['2027-08-02', '2027-08-03'],
          paidCents: 3000,
        },
        { reference: 'LIE-A', stageTitle: 'Multisports', attendedDays: week.slice(0, 4), paidCents: 9500 },
      ],
    });
    expect(attestation.periods).toEqual([
      {
        reference: 'LIE-A',
        stageTitle: 'Multisports',
        from: '2027-07-05',
        to: '2027-07-08',
        days: 4,
        paidCents: 9500,
        dailyCents: 2375,
      },
      {
        reference: 'LIE-B',
        stageTitle: 'Nature',
        from: '2027-08-02',
        to: '2027-08-03',
        days: 2,
        paidCents: 3000,
        dailyCents: 1500,
      },
    ]);
    expect(attestation).toMatchObject({ year: 2027, days: 6, paidCents: 12_500 });
    // 4 × 16.90 € caps the first (95 € paid); the second (30 €) is under its cap of 33.80 €.
    expect(attestation.deductibleCents).toBe(4 * 1690 + 3000);
  });

  it('leaves out what was not paid, not attended, of another year or from the fourteenth birthday on', () => {
    const attestation = childcareAttestation({
      year: 2027,
      birthDate: '2013-07-07',
      dailyCapCents: 1690,
      enrolments: [
        { reference: 'UNPAID', stageTitle: 'A', attendedDays: week, paidCents: 0 },
        { reference: 'ABSENT', stageTitle: 'B', attendedDays: [], paidCents: 6500 },
        { reference: 'LAST-YEAR', stageTitle: 'C', attendedDays: ['2026-07-06'], paidCents: 2000 },
        { reference: 'BIRTHDAY', stageTitle: 'D', attendedDays: week, paidCents: 10_000 },
      ],
    });
    // Fourteen on 7 July 2027: the 5th and 6th count, a share of 2 days in 5 of the price.
    expect(attestation.periods).toEqual([
      {
        reference: 'BIRTHDAY',
        stageTitle: 'D',
        from: '2027-07-05',
        to: '2027-07-06',
        days: 2,
        paidCents: 4000,
        dailyCents: 2000,
      },
    ]);
    expect(attestation.deductibleCents).toBe(2 * 1690);
  });

  it('is empty for a child with nothing to attest', () => {
    expect(
      childcareAttestation({ year: 2027, birthDate: '2020-01-01', dailyCapCents: 1690, enrolments: [] }),
    ).toEqual({ year: 2027, periods: [], days: 0, paidCents: 0, deductibleCents: 0 });
  });
});
