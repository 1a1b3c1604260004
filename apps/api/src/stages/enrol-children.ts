import type { Transaction } from '@communa/db';
import type {
  ChildDecision,
  EnrolledResult,
  HouseholdResidency,
  RefusedResult,
} from './enrolment-decision.ts';
import {
  decideChildren,
  enrolledResult,
  placeChildren,
  refusedResult,
  resultsInOrder,
} from './enrolment-decision.ts';
import { enrolmentReference } from './enrolment-reference.ts';
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

export type { EnrolledResult } from './enrolment-decision.ts';

export interface EnrolmentContext {
  tenantId: string;
  tenantSlug: string;
  householdId: string;
  userId: string;
  residency: HouseholdResidency;
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
      accepted: ChildDecision[];
      refused: Map<string, RefusedResult>;
      residencyUnconfirmed: boolean;
    }
  | { kind: 'done'; results: EnrolmentResult[]; enrolled: { firstName: string; result: EnrolledResult }[] };

/**
 * Enrols the asked children in one session, inside the caller's transaction. Each child is checked
 * (decideChildren); a refused child is reported and nothing is written for it, the others proceed
 * (with all-or-none, one refusal refuses all). Then seats are given from the session's counters,
 * read and written back under the session's lock (placeChildren).
 */
export async function enrolChildren(
  tx: Transaction,
  input: EnrolmentInput,
  ctx: EnrolmentContext,
): Promise<EnrolmentOutcome> {
  const { session, tenantId } = ctx;
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
  const { decisions, residencyUnconfirmed } = decideChildren(
    input,
    session,
    ctx.residency,
    { children: mine, live, ticketed },
    ctx.now,
  );
  const accepted = decisions.filter((decision) => decision.refusal === undefined);
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
  if (accepted.length === 0) return { kind: 'done', results: resultsInOrder(decisions, []), enrolled: [] };
  if (!seats) throw new Error('seats are allocated only outside a draw period');
  const { placements, counts } = placeChildren(accepted, seats, {
    session,
    resident: ctx.residency.resident,
    allOrNone: input.allOrNone,
    siblingsBefore,
  });
  // The enrolments and the counters are written together, in one round trip.
  const [enrolled] = await Promise.all([
    Promise.all(
      placements.map((placement) =>
        insertEnrolment(
          tx,
          {
            tenantId,
            sessionId: session.id,
            childId: placement.childId,
            householdId: ctx.householdId,
            enrolledBy: ctx.userId,
            status: placement.allocation.status,
            waitlistPosition:
              placement.allocation.status === 'waitlisted' ? placement.allocation.position : null,
            priceCents: placement.priceCents,
            residencyUnconfirmed,
            ...answerColumns(ctx.answers, placement.childId),
          },
          () => enrolmentReference(ctx.tenantSlug, session.firstDay),
        ).then((row) => ({
          firstName: placement.firstName,
          result: enrolledResult(placement, row, residencyUnconfirmed),
        })),
      ),
    ),
    writeSeatCounts(tx, tenantId, session.id, counts),
  ]);
  return {
    kind: 'done',
    results: resultsInOrder(
      decisions,
      enrolled.map(({ result }) => result),
    ),
    enrolled,
  };
}
