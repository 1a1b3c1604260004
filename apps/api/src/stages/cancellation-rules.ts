import { daysBetween } from '@communa/tenant-config';

export const CANCELLATION_REASONS = ['personal', 'medical'] as const;

export type CancellationReason = (typeof CANCELLATION_REASONS)[number];

export interface CancellationRules {
  /** Cancelling at least this many days before the first day costs nothing. */
  freeCancellationDaysBefore: number;
  cancellationFeeCents: number;
  /** A medical reason waives the fee. */
  medicalCancellationExempt: boolean;
}

export interface CancellationCharge {
  feeCents: number;
  /** What the family no longer owes (or gets back once paid): the price less the fee. */
  creditCents: number;
}

/**
 * What cancelling costs. Only a seat the family held (confirmed) is charged: free until the
 * configured number of days before the first day (Brussels calendar day `today`), then the fee,
 * never more than the price; a medical reason is free where the session allows it. A waitlisted or
 * offered child never had a seat: nothing is charged and nothing credited.
 */
export function cancellationCharge(
  enrolment: { status: 'confirmed' | 'waitlisted' | 'offered'; priceCents: number },
  rules: CancellationRules,
  when: { today: string; firstDay: string; reason: CancellationReason },
): CancellationCharge {
  if (enrolment.status !== 'confirmed') return { feeCents: 0, creditCents: 0 };
  const free =
    daysBetween(when.today, when.firstDay) >= rules.freeCancellationDaysBefore ||
    (when.reason === 'medical' && rules.medicalCancellationExempt);
  const feeCents = free ? 0 : Math.min(rules.cancellationFeeCents, enrolment.priceCents);
  return { feeCents, creditCents: enrolment.priceCents - feeCents };
}

/** A freed seat is offered to the waitlist only while the session has not begun; after, it stays free. */
export function offersOpen(today: string, firstDay: string): boolean {
  return today < firstDay;
}

/** When an offer made at `now` lapses. */
export function offerExpiry(now: Date, offerHours: number): Date {
  return new Date(now.getTime() + offerHours * 3_600_000);
}

/**
 * New prices for a household's enrolments left in a session once a sibling cancels. The reduction
 * is for the second child on: one child pays the full price (`priceAt(0)`), the others the reduced
 * one. If the one who cancelled was that child, the first left (in enrolment order) takes the full
 * price; otherwise nothing changes. Returns only the enrolments whose price changes.
 */
export function repricedSiblings(
  remaining: readonly { id: string; priceCents: number }[],
  priceAt: (siblingIndex: number) => number,
): { id: string; priceCents: number }[] {
  const full = priceAt(0);
  const [first] = remaining;
  if (!first || remaining.some((sibling) => sibling.priceCents >= full)) return [];
  return [{ id: first.id, priceCents: full }];
}
