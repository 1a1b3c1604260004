import { describe, expect, it } from 'vitest';
import { ageOn, enrolmentStateAt, fitsAges, priceCents, weeksOf } from './stage-rules.ts';

describe('ageOn', () => {
  it('counts whole years, a birthday included on the day', () => {
    expect(ageOn('2019-07-05', '2027-07-05')).toBe(8);
    expect(ageOn('2019-07-06', '2027-07-05')).toBe(7);
    expect(ageOn('2019-12-31', '2027-07-05')).toBe(7);
  });

  it('makes a 29 February child a year older on 1 March', () => {
    expect(ageOn('2020-02-29', '2027-02-28')).toBe(6);
    expect(ageOn('2020-02-29', '2027-03-01')).toBe(7);
    expect(ageOn('2020-02-29', '2028-02-29')).toBe(8);
  });

  it('judges the age range on the first day', () => {
    const ages = { min: 6, max: 8 };
    expect(fitsAges(ages, '2027-07-05', '2021-07-05')).toBe(true);
    expect(fitsAges(ages, '2027-07-05', '2021-07-06')).toBe(false);
    expect(fitsAges(ages, '2027-07-05', '2018-07-06')).toBe(true);
    expect(fitsAges(ages, '2027-07-05', '2018-07-05')).toBe(false);
  });
});

describe('weeksOf', () => {
  it('lists the ISO weeks of the days once each', () => {
    expect(weeksOf(['2027-07-19', '2027-07-20', '2027-07-26'])).toEqual(['2027-W29', '2027-W30']);
  });
});

describe('enrolmentStateAt', () => {
  const windows = [
    { from: new Date('2027-05-03T07:00:00Z'), for: 'residents' as const },
    { from: new Date('2027-05-05T07:00:00Z'), for: 'everyone' as const },
  ];
  const session = { today: '2027-05-03', firstDay: '2027-07-05' };

  it('is upcoming before the first window, to the millisecond', () => {
    expect(enrolmentStateAt(windows, new Date('2027-05-03T06:59:59.999Z'), session)).toEqual({
      status: 'upcoming',
      window: undefined,
    });
  });

  it('is open for residents from the first window, then for everyone', () => {
    expect(enrolmentStateAt(windows, new Date('2027-05-03T07:00:00Z'), session).window?.for).toBe(
      'residents',
    );
    expect(enrolmentStateAt(windows, new Date('2027-05-05T06:59:00Z'), session).window?.for).toBe(
      'residents',
    );
    expect(enrolmentStateAt(windows, new Date('2027-05-05T07:00:00Z'), session).window?.for).toBe('everyone');
  });

  it('is closed from the first day', () => {
    const now = new Date('2027-07-05T06:00:00Z');
    expect(enrolmentStateAt(windows, now, { today: '2027-07-05', firstDay: '2027-07-05' }).status).toBe(
      'closed',
    );
    expect(enrolmentStateAt(windows, now, { today: '2027-07-04', firstDay: '2027-07-05' }).status).toBe(
      'open',
    );
  });
});

describe('priceCents', () => {
  const prices = {
    residentCents: 6500,
    nonResidentCents: 9500,
    socialCents: 3000,
    siblingReduction: { cents: 1000, per: 'week' as const },
  };
  const child = { resident: true, socialTariff: false, siblingIndex: 0, weeks: 1 };

  it('charges residents and others their own price', () => {
    expect(priceCents(prices, child)).toBe(6500);
    expect(priceCents(prices, { ...child, resident: false })).toBe(9500);
  });

  it('gives the social tariff whatever the residency, without sibling reduction', () => {
    expect(priceCents(prices, { ...child, resident: false, socialTariff: true, siblingIndex: 2 })).toBe(3000);
  });

  it('falls back to the normal price where the session has no social tariff', () => {
    expect(priceCents({ ...prices, socialCents: null }, { ...child, socialTariff: true })).toBe(6500);
  });

  it('reduces from the second child, once per week covered or once per session', () => {
    expect(priceCents(prices, { ...child, siblingIndex: 1 })).toBe(5500);
    expect(priceCents(prices, { ...child, siblingIndex: 1, weeks: 2 })).toBe(4500);
    const perSession = { ...prices, siblingReduction: { cents: 1000, per: 'session' as const } };
    expect(priceCents(perSession, { ...child, siblingIndex: 3, weeks: 2 })).toBe(5500);
  });

  it('never goes below zero and ignores a missing reduction', () => {
    expect(
      priceCents(
        { ...prices, siblingReduction: { cents: 5000, per: 'week' } },
        { ...child, siblingIndex: 1, weeks: 2 },
      ),
    ).toBe(0);
    expect(priceCents({ ...prices, siblingReduction: null }, { ...child, siblingIndex: 1 })).toBe(6500);
  });
});
