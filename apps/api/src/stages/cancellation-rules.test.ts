import { describe, expect, it } from 'vitest';
import { cancellationCharge, offerExpiry, offersOpen, repricedSiblings } from './cancellation-rules.ts';

const rules = { freeCancellationDaysBefore: 7, cancellationFeeCents: 1500, medicalCancellationExempt: true };
const confirmed = { status: 'confirmed' as const, priceCents: 8000 };
const firstDay = '2027-07-05';

describe('cancellationCharge', () => {
  it('is free up to N days before the first day, then costs the fee, the rest credited', () => {
    expect(
      cancellationCharge(confirmed, rules, { today: '2027-06-28', firstDay, reason: 'personal' }),
    ).toEqual({
      feeCents: 0,
      creditCents: 8000,
    });
    expect(
      cancellationCharge(confirmed, rules, { today: '2027-06-29', firstDay, reason: 'personal' }),
    ).toEqual({
      feeCents: 1500,
      creditCents: 6500,
    });
    expect(
      cancellationCharge(confirmed, rules, { today: '2027-07-06', firstDay, reason: 'personal' }),
    ).toEqual({
      feeCents: 1500,
      creditCents: 6500,
    });
  });

  it('waives the fee for a medical reason only where the session allows it', () => {
    const late = { today: '2027-07-01', firstDay, reason: 'medical' as const };
    expect(cancellationCharge(confirmed, rules, late)).toEqual({ feeCents: 0, creditCents: 8000 });
    expect(cancellationCharge(confirmed, { ...rules, medicalCancellationExempt: false }, late)).toEqual({
      feeCents: 1500,
      creditCents: 6500,
    });
  });

  it('never charges more than the price, nor anything for a child that held no seat', () => {
    const when = { today: '2027-07-04', firstDay, reason: 'personal' as const };
    expect(cancellationCharge({ status: 'confirmed', priceCents: 1000 }, rules, when)).toEqual({
      feeCents: 1000,
      creditCents: 0,
    });
    for (const status of ['waitlisted', 'offered'] as const)
      expect(cancellationCharge({ status, priceCents: 8000 }, rules, when)).toEqual({
        feeCents: 0,
        creditCents: 0,
      });
  });
});

describe('offers', () => {
  it('are made only before the first day, and lapse after the configured hours', () => {
    expect(offersOpen('2027-07-04', firstDay)).toBe(true);
    expect(offersOpen(firstDay, firstDay)).toBe(false);
    expect(offerExpiry(new Date('2027-06-01T10:00:00Z'), 48).toISOString()).toBe('2027-06-03T10:00:00.000Z');
  });
});

describe('repricedSiblings', () => {
  const priceAt = (index: number) => (index === 0 ? 8000 : 6000);

  it('gives the first child left the full price when the full-price child cancels', () => {
    const left = [
      { id: 'b', priceCents: 6000 },
      { id: 'c', priceCents: 6000 },
    ];
    expect(repricedSiblings(left, priceAt)).toEqual([{ id: 'b', priceCents: 8000 }]);
  });

  it('changes nothing when a reduced sibling cancels, or when nobody is left', () => {
    const left = [
      { id: 'a', priceCents: 8000 },
      { id: 'c', priceCents: 6000 },
    ];
    expect(repricedSiblings(left, priceAt)).toEqual([]);
    expect(repricedSiblings([], priceAt)).toEqual([]);
  });
});
