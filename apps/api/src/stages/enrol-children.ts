import type { Transaction } from '@communa/db';
import { brusselsToday } from '../households/child-rules.ts';
import { enrolmentReference } from './enrolment-reference.ts';
import type { Refusal } from './enrolment-rules.ts';
import { admissionAt, allocateSeats, applyAllOrNone, refusalFor } from './enrolment-rules.ts';
import type { EnrolmentInput, EnrolmentResult } from './enrolment-schemas.ts';
import type { EnrolmentSession } from './enrolment-store.ts';
import {
  householdEnrolmentsInSession,
  insertEnrolment,
  liveEnrolmentsOf,
  lockChildrenOfHousehold,
  lockSeatCounts,
  writeSeatCounts,
} from './enrolment-store.ts';
import type { StageAnswers } from './stage-questions.ts';
import { answerColumns } from './stage-questions.ts';
import type { SessionPrices } from './stage-rules.ts';
import { priceCents, weeksOf } from './stage-rules.ts';

export interface EnrolmentContext {
  tenantId: string;
  tenantSlug: string;
  householdId: string;
  userId: string;
  residency: { resident: boolean; residencyConfirmed: boolean };
  session: EnrolmentSession;
  now: Date;
  /** The checked answers to the stage's questions; undefined when it asks none. */
  answers?: StageAnswers | undefined;
  /**
   * Set while the session's window is in its draw period: the children who already hold a ticket in
   * that draw. The accepted children then wait for the draw instead of taking seats.
   */
  drawTicketHolders?: (childIds: readonly string[]) => Promise<ReadonlySet<string>>;
}

export type EnrolmentOutcome =
  | {
      kind: 'draw_pending';
      accepted: { childId: string }[];
      refused: Map<string, RefusedResult>;
      residencyUnconfirmed: boolean;
    }
  | { kind: 'done'; results: EnrolmentResult[]; enrolled: { firstName: string; result: EnrolledResult }[] };

type RefusedResult = Extract<EnrolmentResult, { status: 'refused' }>;

export type EnrolledResult = Extract<EnrolmentResult, { status: 'confirmed' | 'waitlisted' }>;

/**
 * Enrols the asked children in one session, inside the caller's transaction. Each child is checked
 * (household, window, age, already enrolled, overlap); a refused child is reported and nothing is
 * written for it, the others proceed (with all-or-none, one refusal refuses all). Then seats are
 * given from the session's counters, read and written back under the session's lock, in the order
 * asked (all at once with all-or-none); who finds no seat takes the next waitlist position.
 */
export async function enrolChildren(
  tx: Transaction,
  input: EnrolmentInput,
  ctx: EnrolmentContext,
): Promise<EnrolmentOutcome> {
  const { session, tenantId } = ctx;
  const admission = admissionAt(
    session.windows,
    ctx.now,
    { today: brusselsToday(ctx.now), firstDay: session.firstDay },
    ctx.residency,
  );
  // One round trip. The children's locks and the session's are handed to the connection first, in
  // that order (the order everywhere); the reads, started later, run under them.
  const allocating = !ctx.drawTicketHolders;
  const [mine, seats, live, ticketed, siblingsBefore] = await Promise.all([
    lockChildrenOfHousehold(tx, tenantId, ctx.householdId, input.childIds),
    allocating ? lockSeatCounts(tx, tenantId, session.id) : undefined,
    liveEnrolmentsOf(tx, tenantId, input.childIds),
    ctx.drawTicketHolders ? ctx.drawTicketHolders(input.childIds) : new Set<string>(),
    householdEnrolmentsInSession(tx, tenantId, ctx.householdId, session.id),
  ]);
  const forRefusal = { ...session, ages: { min: session.minAge, max: session.maxAge } };
  const decisions = applyAllOrNone(
    input.childIds.map((childId) => {
      const child = mine.find((candidate) => candidate.id === childId);
      const refusal =
        refusalFor({ id: childId, birthDate: child?.birthDate }, forRefusal, admission, live) ??
        (ticketed.has(childId) ? { reason: 'already_enrolled' as const } : undefined);
      return { childId, firstName: child?.firstName ?? '', refusal };
    }),
    input.allOrNone,
  );
  const accepted = decisions.filter((decision) => decision.refusal === undefined);
  const residencyUnconfirmed = admission.ok && admission.residencyUnconfirmed;
  if (ctx.drawTicketHolders && accepted.length > 0) {
    const refused = new Map(
      decisions.flatMap((decision) =>
        decision.refusal
          ? [[decision.childId, refusedResult(decision.childId, decision.refusal)] as const]
          : [],
      ),
    );
    return { kind: 'draw_pending', accepted, refused, residencyUnconfirmed };
  }
  if (accepted.length === 0) {
    const results = decisions.map((decision) => refusedResult(decision.childId, decision.refusal));
    return { kind: 'done', results, enrolled: [] };
  }
  if (!seats) throw new Error('seats are allocated only outside a draw period');
  const allocation = allocateSeats(seats, accepted.length, input.allOrNone);
  const prices = pricesOf(session);
  const weeks = weeksOf(session.days).length;
  // The enrolments and the counters are written together, in one round trip.
  const [enrolled] = await Promise.all([
    Promise.all(
      accepted.map((decision, index) => {
        const status = allocation.allocations[index];
        if (!status) throw new Error('a child was left without a seat or a waitlist position');
        const price = priceCents(prices, {
          resident: ctx.residency.resident,
          // No social tariff is recorded for households yet: staff will grant it with the invoices.
          socialTariff: false,
          siblingIndex: siblingsBefore + index,
          weeks,
        });
        return insertEnrolment(
          tx,
          {
            tenantId,
            sessionId: session.id,
            childId: decision.childId,
            householdId: ctx.householdId,
            enrolledBy: ctx.userId,
            status: status.status,
            waitlistPosition: status.status === 'waitlisted' ? status.position : null,
            priceCents: price,
            residencyUnconfirmed,
            ...answerColumns(ctx.answers, decision.childId),
          },
          () => enrolmentReference(ctx.tenantSlug, session.firstDay),
        ).then((row): { firstName: string; result: EnrolledResult } => {
          const common = {
            childId: decision.childId,
            enrolmentId: row.id,
            reference: row.reference,
            priceCents: price,
            residencyUnconfirmed,
          };
          return {
            firstName: decision.firstName,
            result:
              status.status === 'confirmed'
                ? { ...common, status: 'confirmed' }
                : { ...common, status: 'waitlisted', position: status.position },
          };
        });
      }),
    ),
    writeSeatCounts(tx, tenantId, session.id, allocation.counts),
  ]);
  const byChild = new Map<string, EnrolmentResult>(enrolled.map(({ result }) => [result.childId, result]));
  const results = decisions.map(
    (decision) => byChild.get(decision.childId) ?? refusedResult(decision.childId, decision.refusal),
  );
  return { kind: 'done', results, enrolled };
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

function refusedResult(childId: string, refusal: Refusal | undefined): RefusedResult {
  const { reason, opensAt } = refusal ?? { reason: 'child_not_found' };
  return { childId, status: 'refused', reason, ...(opensAt ? { opensAt: opensAt.toISOString() } : {}) };
}
