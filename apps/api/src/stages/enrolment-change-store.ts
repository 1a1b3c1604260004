import type { Transaction } from '@communa/db';
import {
  childHouseholds,
  children,
  householdMembers,
  stageEnrolments,
  stageSessions,
  stages,
  users,
} from '@communa/db';
import { and, asc, eq, gt, ne, sql } from 'drizzle-orm';
import type { CancellationCharge } from './cancellation-rules.ts';

// Changes to an existing enrolment (cancellation, offers) lock the session row first, then the
// enrolment rows: every change to a session's seats and waitlist runs one after the other, in the
// same order as enrolment (children, then session), so no two changes hand out one seat.

/** The id and session of an enrolment of one of the household's children; undefined for any other id. */
export async function findEnrolmentOfHousehold(
  tx: Transaction,
  tenantId: string,
  householdId: string,
  enrolmentId: string,
) {
  const [row] = await tx
    .select({ id: stageEnrolments.id, sessionId: stageEnrolments.sessionId })
    .from(stageEnrolments)
    .innerJoin(
      childHouseholds,
      and(
        eq(childHouseholds.tenantId, stageEnrolments.tenantId),
        eq(childHouseholds.childId, stageEnrolments.childId),
        eq(childHouseholds.householdId, householdId),
      ),
    )
    .where(and(eq(stageEnrolments.tenantId, tenantId), eq(stageEnrolments.id, enrolmentId)));
  return row;
}

/** The session an enrolment belongs to, so its lock can be taken before the enrolment's. */
export async function sessionOfEnrolment(
  tx: Transaction,
  tenantId: string,
  enrolmentId: string,
): Promise<string | undefined> {
  const [row] = await tx
    .select({ sessionId: stageEnrolments.sessionId })
    .from(stageEnrolments)
    .where(and(eq(stageEnrolments.tenantId, tenantId), eq(stageEnrolments.id, enrolmentId)));
  return row?.sessionId;
}

export type ChangedSession = NonNullable<Awaited<ReturnType<typeof lockSession>>>;

/** The session with what a change needs (rules, prices, stage title), locked until commit. */
export async function lockSession(tx: Transaction, tenantId: string, sessionId: string) {
  const [row] = await tx
    .select({
      id: stageSessions.id,
      days: stageSessions.days,
      firstDay: stageSessions.firstDay,
      lastDay: stageSessions.lastDay,
      startsAt: stageSessions.startsAt,
      endsAt: stageSessions.endsAt,
      residentPriceCents: stageSessions.residentPriceCents,
      nonResidentPriceCents: stageSessions.nonResidentPriceCents,
      socialPriceCents: stageSessions.socialPriceCents,
      siblingReductionCents: stageSessions.siblingReductionCents,
      siblingReductionPer: stageSessions.siblingReductionPer,
      freeCancellationDaysBefore: stageSessions.freeCancellationDaysBefore,
      cancellationFeeCents: stageSessions.cancellationFeeCents,
      medicalCancellationExempt: stageSessions.medicalCancellationExempt,
      stageTitle: stages.title,
    })
    .from(stageSessions)
    .innerJoin(stages, and(eq(stages.tenantId, stageSessions.tenantId), eq(stages.id, stageSessions.stageId)))
    .where(and(eq(stageSessions.tenantId, tenantId), eq(stageSessions.id, sessionId)))
    .for('update', { of: stageSessions });
  return row;
}

export type LockedEnrolment = NonNullable<Awaited<ReturnType<typeof lockEnrolment>>>;

/** The enrolment as it stands under its session's lock (take that first), itself locked. */
export async function lockEnrolment(tx: Transaction, tenantId: string, enrolmentId: string) {
  const [row] = await tx
    .select({
      id: stageEnrolments.id,
      sessionId: stageEnrolments.sessionId,
      householdId: stageEnrolments.householdId,
      enrolledBy: stageEnrolments.enrolledBy,
      status: stageEnrolments.status,
      waitlistPosition: stageEnrolments.waitlistPosition,
      reference: stageEnrolments.reference,
      priceCents: stageEnrolments.priceCents,
      offerExpiresAt: stageEnrolments.offerExpiresAt,
      cancellationReason: stageEnrolments.cancellationReason,
      childFirstName: children.firstName,
    })
    .from(stageEnrolments)
    .innerJoin(
      children,
      and(eq(children.tenantId, stageEnrolments.tenantId), eq(children.id, stageEnrolments.childId)),
    )
    .where(and(eq(stageEnrolments.tenantId, tenantId), eq(stageEnrolments.id, enrolmentId)))
    .for('update', { of: stageEnrolments });
  return row;
}

const byId = (tenantId: string, enrolmentId: string) =>
  and(eq(stageEnrolments.tenantId, tenantId), eq(stageEnrolments.id, enrolmentId));

export async function markCancelled(
  tx: Transaction,
  tenantId: string,
  enrolmentId: string,
  cancellation: {
    reason: NonNullable<LockedEnrolment['cancellationReason']>;
    charge: CancellationCharge;
    at: Date;
  },
): Promise<void> {
  await tx
    .update(stageEnrolments)
    .set({
      status: 'cancelled',
      waitlistPosition: null,
      offerExpiresAt: null,
      cancelledAt: cancellation.at,
      cancellationReason: cancellation.reason,
      cancellationFeeCents: cancellation.charge.feeCents,
      cancellationCreditCents: cancellation.charge.creditCents,
      updatedAt: cancellation.at,
    })
    .where(byId(tenantId, enrolmentId));
}

export async function markOffered(
  tx: Transaction,
  tenantId: string,
  enrolmentId: string,
  offer: { expiresAt: Date; at: Date },
): Promise<void> {
  await tx
    .update(stageEnrolments)
    .set({ status: 'offered', waitlistPosition: null, offerExpiresAt: offer.expiresAt, updatedAt: offer.at })
    .where(byId(tenantId, enrolmentId));
}

export async function markConfirmed(tx: Transaction, tenantId: string, enrolmentId: string, at: Date) {
  await tx
    .update(stageEnrolments)
    .set({ status: 'confirmed', offerExpiresAt: null, updatedAt: at })
    .where(byId(tenantId, enrolmentId));
}

/**
 * Whoever was at `position` left the waitlist: those behind move up one, and the next newcomer takes
 * the position after the last, so families always see positions 1, 2, 3… in arrival order.
 */
export async function closeWaitlistGap(
  tx: Transaction,
  tenantId: string,
  sessionId: string,
  position: number,
): Promise<void> {
  await tx
    .update(stageEnrolments)
    .set({ waitlistPosition: sql`${stageEnrolments.waitlistPosition} - 1` })
    .where(
      and(
        eq(stageEnrolments.tenantId, tenantId),
        eq(stageEnrolments.sessionId, sessionId),
        eq(stageEnrolments.status, 'waitlisted'),
        gt(stageEnrolments.waitlistPosition, position),
      ),
    );
  await tx
    .update(stageSessions)
    .set({ waitlistTaken: sql`${stageSessions.waitlistTaken} - 1` })
    .where(and(eq(stageSessions.tenantId, tenantId), eq(stageSessions.id, sessionId)));
}

/** The first on the session's waitlist, if any. */
export async function firstWaitlisted(tx: Transaction, tenantId: string, sessionId: string) {
  const [row] = await tx
    .select({ id: stageEnrolments.id })
    .from(stageEnrolments)
    .where(
      and(
        eq(stageEnrolments.tenantId, tenantId),
        eq(stageEnrolments.sessionId, sessionId),
        eq(stageEnrolments.status, 'waitlisted'),
      ),
    )
    .orderBy(asc(stageEnrolments.waitlistPosition))
    .limit(1);
  return row;
}

/** Gives a seat back to the session: nobody is waiting for it. */
export async function releaseSeat(tx: Transaction, tenantId: string, sessionId: string): Promise<void> {
  await tx
    .update(stageSessions)
    .set({ seatsTaken: sql`${stageSessions.seatsTaken} - 1` })
    .where(and(eq(stageSessions.tenantId, tenantId), eq(stageSessions.id, sessionId)));
}

/** The household's live enrolments in the session, in enrolment order (as sibling indexes count). */
export function siblingEnrolments(tx: Transaction, tenantId: string, householdId: string, sessionId: string) {
  return tx
    .select({ id: stageEnrolments.id, priceCents: stageEnrolments.priceCents })
    .from(stageEnrolments)
    .where(
      and(
        eq(stageEnrolments.tenantId, tenantId),
        eq(stageEnrolments.householdId, householdId),
        eq(stageEnrolments.sessionId, sessionId),
        ne(stageEnrolments.status, 'cancelled'),
      ),
    )
    .orderBy(asc(stageEnrolments.createdAt), asc(stageEnrolments.id));
}

export async function setPrice(
  tx: Transaction,
  tenantId: string,
  enrolmentId: string,
  priceCents: number,
): Promise<void> {
  await tx.update(stageEnrolments).set({ priceCents }).where(byId(tenantId, enrolmentId));
}

/**
 * Who hears about an enrolment: the parent who made it, else (that account erased) a member of the
 * household; undefined when nobody is left.
 */
export async function enrolmentRecipient(
  tx: Transaction,
  tenantId: string,
  enrolment: Pick<LockedEnrolment, 'enrolledBy' | 'householdId'>,
) {
  if (enrolment.enrolledBy) {
    const [user] = await tx
      .select({ email: users.email, language: users.language })
      .from(users)
      .where(eq(users.id, enrolment.enrolledBy));
    if (user) return user;
  }
  const [member] = await tx
    .select({ email: users.email, language: users.language })
    .from(householdMembers)
    .innerJoin(users, eq(users.id, householdMembers.userId))
    .where(
      and(eq(householdMembers.tenantId, tenantId), eq(householdMembers.householdId, enrolment.householdId)),
    )
    .orderBy(asc(householdMembers.createdAt))
    .limit(1);
  return member;
}
