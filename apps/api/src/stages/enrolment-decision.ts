import { brusselsToday } from '../households/child-rules.ts';
import type { Allocation, LiveEnrolment, Refusal, SeatCounts } from './enrolment-rules.ts';
import { admissionAt, allocateSeats, applyAllOrNone, refusalFor } from './enrolment-rules.ts';
import type { EnrolmentResult } from './enrolment-schemas.ts';
import type { EnrolmentSession } from './enrolment-store.ts';
import type { SessionPrices } from './stage-rules.ts';
import { priceCents, weeksOf } from './stage-rules.ts';

export interface HouseholdResidency {
  resident: boolean;
  residencyConfirmed: boolean;
}

/** What the database holds for one request, read under the children's and the session's locks. */
export interface ChildrenState {
  /** The asked children that belong to the household. */
  children: readonly { id: string; firstName: string; birthDate: string }[];
  /** The asked children's live enrolments, in any session. */
  live: readonly LiveEnrolment[];
  /** Children who already hold a ticket of the session's open draw. */
  ticketed: ReadonlySet<string>;
}

export interface ChildDecision {
  childId: string;
  firstName: string;
  refusal: Refusal | undefined;
}

/**
 * Checks each asked child (household, window, age, already enrolled, overlap, a draw ticket held);
 * with all-or-none, one refusal refuses all. Pure: the same state gives the same decisions.
 */
export function decideChildren(
  request: { childIds: readonly string[]; allOrNone: boolean },
  session: EnrolmentSession,
  residency: HouseholdResidency,
  state: ChildrenState,
  now: Date,
): { decisions: ChildDecision[]; residencyUnconfirmed: boolean } {
  const admission = admissionAt(
    session.windows,
    now,
    { today: brusselsToday(now), firstDay: session.firstDay },
    residency,
  );
  const forRefusal = { ...session, ages: { min: session.minAge, max: session.maxAge } };
  const decisions = applyAllOrNone(
    request.childIds.map((childId) => {
      const child = state.children.find((candidate) => candidate.id === childId);
      const refusal =
        refusalFor({ id: childId, birthDate: child?.birthDate }, forRefusal, admission, state.live) ??
        (state.ticketed.has(childId) ? { reason: 'already_enrolled' as const } : undefined);
      return { childId, firstName: child?.firstName ?? '', refusal };
    }),
    request.allOrNone,
  );
  return { decisions, residencyUnconfirmed: admission.ok && admission.residencyUnconfirmed };
}

export interface Placement {
  childId: string;
  firstName: string;
  allocation: Allocation;
  priceCents: number;
}

/**
 * Gives the accepted children seats from the session's counters, in the order asked (all at once
 * with all-or-none); who finds no seat takes the next waitlist position. Each is priced as the
 * household's next sibling in the session. Returns the counters to write back.
 */
export function placeChildren(
  accepted: readonly ChildDecision[],
  seats: SeatCounts,
  context: {
    session: EnrolmentSession;
    resident: boolean;
    allOrNone: boolean;
    /** The household's children already holding a live enrolment in the session. */
    siblingsBefore: number;
  },
): { placements: Placement[]; counts: SeatCounts } {
  const allocation = allocateSeats(seats, accepted.length, context.allOrNone);
  const prices = pricesOf(context.session);
  const weeks = weeksOf(context.session.days).length;
  const placements = accepted.map((decision, index) => {
    const status = allocation.allocations[index];
    if (!status) throw new Error('a child was left without a seat or a waitlist position');
    return {
      childId: decision.childId,
      firstName: decision.firstName,
      allocation: status,
      priceCents: priceCents(prices, {
        resident: context.resident,
        // No social tariff is recorded for households yet: staff will grant it with the invoices.
        socialTariff: false,
        siblingIndex: context.siblingsBefore + index,
        weeks,
      }),
    };
  });
  return { placements, counts: allocation.counts };
}

/** The session's prices as the pricing rules take them. */
export function pricesOf(session: EnrolmentSession): SessionPrices {
  return {
    residentCents: session.residentPriceCents,
    nonResidentCents: session.nonResidentPriceCents,
    socialCents: session.socialPriceCents,
    siblingReduction:
      session.siblingReductionCents !== null && session.siblingReductionPer !== null
        ? { cents: session.siblingReductionCents, per: session.siblingReductionPer }
        : null,
  };
}

export type RefusedResult = Extract<EnrolmentResult, { status: 'refused' }>;

export type EnrolledResult = Extract<EnrolmentResult, { status: 'confirmed' | 'waitlisted' }>;

export function refusedResult(childId: string, refusal: Refusal | undefined): RefusedResult {
  const { reason, opensAt } = refusal ?? { reason: 'child_not_found' };
  return { childId, status: 'refused', reason, ...(opensAt ? { opensAt: opensAt.toISOString() } : {}) };
}

/** The answer for one placed child once its enrolment row is written. */
export function enrolledResult(
  placement: Placement,
  row: { id: string; reference: string },
  residencyUnconfirmed: boolean,
): EnrolledResult {
  const common = {
    childId: placement.childId,
    enrolmentId: row.id,
    reference: row.reference,
    priceCents: placement.priceCents,
    residencyUnconfirmed,
  };
  return placement.allocation.status === 'confirmed'
    ? { ...common, status: 'confirmed' }
    : { ...common, status: 'waitlisted', position: placement.allocation.position };
}

/** Every asked child's result in the order asked: placed children's, or their refusal. */
export function resultsInOrder(
  decisions: readonly ChildDecision[],
  enrolled: readonly EnrolledResult[],
): EnrolmentResult[] {
  const byChild = new Map<string, EnrolmentResult>(enrolled.map((result) => [result.childId, result]));
  return decisions.map(
    (decision) => byChild.get(decision.childId) ?? refusedResult(decision.childId, decision.refusal),
  );
}
