import { describe, expect, it } from 'vitest';
import type { MyEnrolment } from './account-api.ts';
import { cancellationOutlook } from './cancellation-outlook.ts';

const enrolment = (status: MyEnrolment['status']) => ({
  status,
  priceCents: 8000,
  session: {
    id: '0b6f3c2e-8d1a-4c5e-9f7a-2b3c4d5e6f70',
    key: 'semaine-28',
    days: ['2027-07-12', '2027-07-16'],
    hours: { from: '09:00', to: '16:00' },
    stage: { key: 'multisports', title: { fr: 'Multisports' } },
  },
});
const rules = { freeUntilDaysBefore: 14, feeCents: 2500, medicalException: true };

describe('cancellationOutlook', () => {
  it('is free until the configured number of days before the first day, then the fee', () => {
    expect(cancellationOutlook(enrolment('confirmed'), rules, '2027-06-28')).toEqual({ kind: 'free' });
    expect(cancellationOutlook(enrolment('confirmed'), rules, '2027-06-29')).toEqual({
      kind: 'fee',
      feeCents: 2500,
      medicalFree: true,
    });
  });

  it('never charges more than the price, and offers the medical reason only where the session waives it', () => {
    expect(
      cancellationOutlook(
        enrolment('confirmed'),
        { ...rules, feeCents: 9000, medicalException: false },
        '2027-07-10',
      ),
    ).toEqual({ kind: 'fee', feeCents: 8000, medicalFree: false });
    expect(cancellationOutlook(enrolment('confirmed'), { ...rules, feeCents: 0 }, '2027-07-10')).toEqual({
      kind: 'free',
    });
  });

  it('is free for a child who never held a seat, and unknown when the rules could not be read', () => {
    expect(cancellationOutlook(enrolment('waitlisted'), rules, '2027-07-10')).toEqual({ kind: 'free' });
    expect(cancellationOutlook(enrolment('offered'), undefined, '2027-07-10')).toEqual({ kind: 'free' });
    expect(cancellationOutlook(enrolment('confirmed'), undefined, '2027-07-10')).toEqual({ kind: 'unknown' });
  });
});
