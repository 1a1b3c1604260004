import type { Transaction } from '@communa/db';
import { recordAuditEvent } from '../audit/audit-events.ts';
import type { InvoiceDeps } from '../payments/issue-invoice.ts';
import { issueInvoice } from '../payments/issue-invoice.ts';
import { settleInvoiceOnCancellation } from '../payments/settle-invoice.ts';
import { ProblemError } from '../problems/problem.ts';
import type { StaffMember } from '../staff/require-staff.ts';
import type { ChangedSession } from '../stages/enrolment-change-store.ts';
import { closeWaitlistGap, lockSession } from '../stages/enrolment-change-store.ts';
import { enrolmentReference } from '../stages/enrolment-reference.ts';
import { sessionsOverlap } from '../stages/enrolment-rules.ts';
import type { EnrolmentSession } from '../stages/enrolment-store.ts';
import {
  findOpenableSession,
  householdEnrolmentsInSession,
  householdResidency,
  insertEnrolment,
  liveEnrolmentsOf,
  takeSeats,
} from '../stages/enrolment-store.ts';
import { priceCents, weeksOf } from '../stages/stage-rules.ts';
import type { OfferDeps } from '../stages/waitlist-offers.ts';
import { passSeatOn } from '../stages/waitlist-offers.ts';
import { stageStaffProblems } from './errors.ts';
import { lockEnrolment, markCancelled } from './manual-enrolment-store.ts';
import { childOfHousehold } from './session-store.ts';

/** What changes by hand need besides the database: offers for freed seats, invoices for new ones. */
export type ManualEnrolmentDeps = OfferDeps & InvoiceDeps;

const audit = (tx: Transaction, member: StaffMember, action: string, targetId: string, detail: object) =>
  recordAuditEvent(tx, {
    tenantId: member.tenant.id,
    actorUserId: member.userId,
    actorEmail: member.email,
    action,
    targetType: 'stage_enrolment',
    targetId,
    ip: member.ip,
    detail: { ...detail },
  });

async function activeSession(tx: Transaction, tenantId: string, sessionId: string, path?: string) {
  const session = await findOpenableSession(tx, tenantId, sessionId);
  if (!session)
    throw new ProblemError(
      stageStaffProblems.sessionNotFound,
      undefined,
      path ? [{ path, code: 'stage_session_not_found', message: 'No such active session' }] : undefined,
    );
  return session;
}

/**
 * A confirmed seat in `session` for a child of a household, at the household's price: the child
 * is locked first (as parents' enrolments do), then checked (not already there, no overlap, except
 * `leaving`, the enrolment being moved), then the seat taken by the conditional update, so staff
 * never overbook either.
 */
async function seatChild(
  tx: Transaction,
  member: StaffMember,
  session: EnrolmentSession,
  target: { childId: string; householdId: string; leaving?: string },
) {
  const tenantId = member.tenant.id;
  const child = await childOfHousehold(tx, tenantId, target.householdId, target.childId);
  if (!child) throw new ProblemError(stageStaffProblems.childNotFound);
  const live = (await liveEnrolmentsOf(tx, tenantId, [target.childId])).filter(
    (enrolment) => enrolment.sessionId !== target.leaving,
  );
  if (live.some((enrolment) => enrolment.sessionId === session.id))
    throw new ProblemError(stageStaffProblems.alreadyEnrolled);
  if (live.some((enrolment) => sessionsOverlap(enrolment, session)))
    throw new ProblemError(stageStaffProblems.overlappingSession);
  const residency = await householdResidency(tx, tenantId, target.householdId);
  const siblings = await householdEnrolmentsInSession(tx, tenantId, target.householdId, session.id);
  if (!(await takeSeats(tx, tenantId, session.id, 1))) throw new ProblemError(stageStaffProblems.sessionFull);
  const price = priceCents(
    {
      residentCents: session.residentPriceCents,
      nonResidentCents: session.nonResidentPriceCents,
      socialCents: session.socialPriceCents,
      siblingReduction:
        session.siblingReductionCents !== null && session.siblingReductionPer !== null
          ? { cents: session.siblingReductionCents, per: session.siblingReductionPer }
          : null,
    },
    {
      resident: residency.residency === 'declared_resident',
      socialTariff: false,
      siblingIndex: siblings,
      weeks: weeksOf(session.days).length,
    },
  );
  const row = await insertEnrolment(
    tx,
    {
      tenantId,
      sessionId: session.id,
      childId: target.childId,
      householdId: target.householdId,
      enrolledBy: member.userId,
      status: 'confirmed',
      waitlistPosition: null,
      priceCents: price,
      residencyUnconfirmed: false,
    },
    () => enrolmentReference(member.tenant.slug, session.firstDay),
  );
  return {
    enrolmentId: row.id,
    sessionId: session.id,
    reference: row.reference,
    status: 'confirmed' as const,
    priceCents: price,
    residencyUnconfirmed: false,
  };
}

/** Staff enrol a child by hand: confirmed if a seat is left, else 409 and nothing written. */
export async function addEnrolment(
  tx: Transaction,
  deps: ManualEnrolmentDeps,
  member: StaffMember,
  sessionId: string,
  input: { childId: string; householdId: string },
) {
  const session = await activeSession(tx, member.tenant.id, sessionId);
  const enrolment = await seatChild(tx, member, session, input);
  await invoiceSeat(tx, deps, member, session, input.householdId, enrolment);
  await audit(tx, member, 'stages.enrolment_added', enrolment.enrolmentId, { sessionId, ...input });
  return enrolment;
}

/** A confirmed enrolment holds a seat, and so does an offer waiting for the family's answer. */
const holdsSeat = (status: string) => status === 'confirmed' || status === 'offered';

/** A seat staff gave is paid for like any other: its invoice, e-mail and due-date job. */
function invoiceSeat(
  tx: Transaction,
  deps: ManualEnrolmentDeps,
  member: StaffMember,
  session: { firstDay: string },
  householdId: string,
  seat: { enrolmentId: string; priceCents: number },
) {
  return issueInvoice(
    tx,
    deps,
    member.tenant,
    { enrolmentId: seat.enrolmentId, priceCents: seat.priceCents, householdId, firstDay: session.firstDay },
    new Date(),
  );
}

/**
 * Whatever the enrolment held goes back: a held seat to the first family waiting (as an offer), or
 * to the session; a place on the waitlist closes up behind it.
 */
async function giveBack(
  tx: Transaction,
  deps: ManualEnrolmentDeps,
  member: StaffMember,
  session: ChangedSession,
  enrolment: { status: string; waitlistPosition: number | null },
) {
  if (holdsSeat(enrolment.status)) await passSeatOn(tx, deps, member.tenant, session, new Date());
  else if (enrolment.status === 'waitlisted' && enrolment.waitlistPosition !== null)
    await closeWaitlistGap(tx, member.tenant.id, session.id, enrolment.waitlistPosition);
}

/**
 * Locks the sessions a change touches before any of their enrolments, in id order: parents'
 * cancellations lock the session first too, so no two changes wait on each other in a cycle.
 */
async function lockSessions(tx: Transaction, tenantId: string, sessionIds: readonly string[]) {
  const locked = new Map<string, ChangedSession>();
  for (const id of [...new Set(sessionIds)].sort()) {
    const session = await lockSession(tx, tenantId, id);
    if (session) locked.set(id, session);
  }
  return locked;
}

async function liveEnrolment(tx: Transaction, member: StaffMember, sessionId: string, enrolmentId: string) {
  const enrolment = await lockEnrolment(tx, member.tenant.id, sessionId, enrolmentId);
  if (!enrolment) throw new ProblemError(stageStaffProblems.enrolmentNotFound);
  if (enrolment.status === 'cancelled') throw new ProblemError(stageStaffProblems.alreadyCancelled);
  return enrolment;
}

/** Staff cancel an enrolment: a confirmed one gives its seat back, a waitlisted one its place. */
export async function cancelEnrolment(
  tx: Transaction,
  deps: ManualEnrolmentDeps,
  member: StaffMember,
  sessionId: string,
  enrolmentId: string,
) {
  const tenantId = member.tenant.id;
  const session = (await lockSessions(tx, tenantId, [sessionId])).get(sessionId);
  if (!session) throw new ProblemError(stageStaffProblems.enrolmentNotFound);
  const enrolment = await liveEnrolment(tx, member, sessionId, enrolmentId);
  await markCancelled(tx, tenantId, enrolmentId);
  // Staff cancel at no cost: an unpaid invoice is cancelled, a paid one stays for the refund.
  await settleInvoiceOnCancellation(tx, tenantId, enrolmentId, 0, new Date());
  await giveBack(tx, deps, member, session, enrolment);
  await audit(tx, member, 'stages.enrolment_cancelled', enrolmentId, {
    sessionId,
    was: enrolment.status,
  });
  return {
    enrolmentId,
    sessionId,
    reference: enrolment.reference,
    status: 'cancelled' as const,
    priceCents: enrolment.priceCents,
    residencyUnconfirmed: enrolment.residencyUnconfirmed,
  };
}

/**
 * Staff move a child to another session: a confirmed seat there (or 409 and nothing written), the
 * old enrolment cancelled and its seat given back, in one transaction.
 */
export async function moveEnrolment(
  tx: Transaction,
  deps: ManualEnrolmentDeps,
  member: StaffMember,
  sessionId: string,
  enrolmentId: string,
  toSessionId: string,
) {
  const tenantId = member.tenant.id;
  if (toSessionId === sessionId) throw new ProblemError(stageStaffProblems.sameSession);
  const from = (await lockSessions(tx, tenantId, [sessionId, toSessionId])).get(sessionId);
  if (!from) throw new ProblemError(stageStaffProblems.enrolmentNotFound);
  const enrolment = await liveEnrolment(tx, member, sessionId, enrolmentId);
  const target = await activeSession(tx, tenantId, toSessionId, 'toSessionId');
  const moved = await seatChild(tx, member, target, {
    childId: enrolment.childId,
    householdId: enrolment.householdId,
    leaving: sessionId,
  });
  await invoiceSeat(tx, deps, member, target, enrolment.householdId, moved);
  await markCancelled(tx, tenantId, enrolmentId);
  // The old seat's unpaid invoice goes with it; the new seat has its own.
  await settleInvoiceOnCancellation(tx, tenantId, enrolmentId, 0, new Date());
  await giveBack(tx, deps, member, from, enrolment);
  await audit(tx, member, 'stages.enrolment_moved', enrolmentId, {
    from: sessionId,
    to: toSessionId,
    newEnrolmentId: moved.enrolmentId,
  });
  return moved;
}
