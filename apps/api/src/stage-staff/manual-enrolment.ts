import type { Transaction } from '@communa/db';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { settleInvoiceOnCancellation } from '../payments/settle-invoice.ts';
import { ProblemError } from '../problems/problem.ts';
import type { StaffMember } from '../staff/require-staff.ts';
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
import { stageStaffProblems } from './errors.ts';
import { leaveWaitlist, lockEnrolment, markCancelled, releaseSeat } from './manual-enrolment-store.ts';
import { childOfHousehold } from './session-store.ts';

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
  member: StaffMember,
  sessionId: string,
  input: { childId: string; householdId: string },
) {
  const session = await activeSession(tx, member.tenant.id, sessionId);
  const enrolment = await seatChild(tx, member, session, input);
  await audit(tx, member, 'stages.enrolment_added', enrolment.enrolmentId, { sessionId, ...input });
  return enrolment;
}

/** A confirmed enrolment holds a seat, and so does an offer waiting for the family's answer. */
const holdsSeat = (status: string) => status === 'confirmed' || status === 'offered';

/** Whatever the enrolment held goes back: its seat, or its place on the waitlist. */
async function giveBack(
  tx: Transaction,
  tenantId: string,
  sessionId: string,
  enrolment: { status: string; waitlistPosition: number | null },
) {
  if (holdsSeat(enrolment.status)) await releaseSeat(tx, tenantId, sessionId);
  else if (enrolment.status === 'waitlisted' && enrolment.waitlistPosition !== null)
    await leaveWaitlist(tx, tenantId, sessionId, enrolment.waitlistPosition);
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
  member: StaffMember,
  sessionId: string,
  enrolmentId: string,
) {
  const tenantId = member.tenant.id;
  const enrolment = await liveEnrolment(tx, member, sessionId, enrolmentId);
  await markCancelled(tx, tenantId, enrolmentId);
  // Staff cancel at no cost: an unpaid invoice is cancelled, a paid one stays for the refund.
  await settleInvoiceOnCancellation(tx, tenantId, enrolmentId, 0, new Date());
  await giveBack(tx, tenantId, sessionId, enrolment);
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
  member: StaffMember,
  sessionId: string,
  enrolmentId: string,
  toSessionId: string,
) {
  const tenantId = member.tenant.id;
  if (toSessionId === sessionId) throw new ProblemError(stageStaffProblems.sameSession);
  const enrolment = await liveEnrolment(tx, member, sessionId, enrolmentId);
  const target = await activeSession(tx, tenantId, toSessionId, 'toSessionId');
  const moved = await seatChild(tx, member, target, {
    childId: enrolment.childId,
    householdId: enrolment.householdId,
    leaving: sessionId,
  });
  await markCancelled(tx, tenantId, enrolmentId);
  await giveBack(tx, tenantId, sessionId, enrolment);
  await audit(tx, member, 'stages.enrolment_moved', enrolmentId, {
    from: sessionId,
    to: toSessionId,
    newEnrolmentId: moved.enrolmentId,
  });
  return moved;
}
