import type { Transaction } from '@communa/db';
import { brusselsToday } from '../households/child-rules.ts';
import { repriceInvoice, settleInvoiceOnCancellation } from '../payments/settle-invoice.ts';
import { ProblemError } from '../problems/problem.ts';
import type { ResolvedTenant } from '../tenants/tenant-directory.ts';
import type { CancellationCharge, CancellationReason } from './cancellation-rules.ts';
import { cancellationCharge, repricedSiblings } from './cancellation-rules.ts';
import type { ChangedSession } from './enrolment-change-store.ts';
import {
  closeWaitlistGap,
  findEnrolmentOfHousehold,
  lockEnrolment,
  lockSession,
  markCancelled,
  setPrice,
  siblingEnrolments,
} from './enrolment-change-store.ts';
import { householdResidency } from './enrolment-store.ts';
import { stageProblems } from './errors.ts';
import { priceCents, weeksOf } from './stage-rules.ts';
import type { OfferDeps } from './waitlist-offers.ts';
import { passSeatOn } from './waitlist-offers.ts';

export interface Cancelled {
  id: string;
  reason: CancellationReason;
  charge: CancellationCharge;
  cancelledAt: Date;
}

/**
 * The session and the enrolment of one of the household's children, both locked (session first);
 * 404 for an enrolment the household cannot see.
 */
export async function lockHouseholdEnrolment(
  tx: Transaction,
  tenantId: string,
  householdId: string,
  enrolmentId: string,
) {
  const found = await findEnrolmentOfHousehold(tx, tenantId, householdId, enrolmentId);
  const session = found ? await lockSession(tx, tenantId, found.sessionId) : undefined;
  const enrolment = found && session ? await lockEnrolment(tx, tenantId, found.id) : undefined;
  if (!session || !enrolment) throw new ProblemError(stageProblems.enrolmentNotFound);
  return { session, enrolment };
}

/**
 * Cancels a child's enrolment under the session's rules, inside the caller's transaction: the fee
 * or credit is recorded, a held seat passes to the waitlist (or back to the session), a waitlisted
 * child leaves the waitlist without a gap, and the household's siblings left in the session are
 * priced again (the sibling reduction follows the enrolment order).
 */
export async function cancelEnrolment(
  tx: Transaction,
  deps: OfferDeps,
  tenant: ResolvedTenant,
  request: { householdId: string; enrolmentId: string; reason: CancellationReason; now: Date },
): Promise<Cancelled> {
  const { session, enrolment } = await lockHouseholdEnrolment(
    tx,
    tenant.id,
    request.householdId,
    request.enrolmentId,
  );
  if (enrolment.status === 'cancelled') throw new ProblemError(stageProblems.enrolmentAlreadyCancelled);
  const charge = cancellationCharge({ status: enrolment.status, priceCents: enrolment.priceCents }, session, {
    today: brusselsToday(request.now),
    firstDay: session.firstDay,
    reason: request.reason,
  });
  await markCancelled(tx, tenant.id, enrolment.id, { reason: request.reason, charge, at: request.now });
  await settleInvoiceOnCancellation(tx, tenant.id, enrolment.id, charge.feeCents, request.now);
  if (enrolment.status === 'waitlisted' && enrolment.waitlistPosition !== null)
    await closeWaitlistGap(tx, tenant.id, session.id, enrolment.waitlistPosition);
  else await passSeatOn(tx, deps, tenant, session, request.now);
  await repriceSiblings(tx, tenant.id, enrolment.householdId, session, request.now);
  return { id: enrolment.id, reason: request.reason, charge, cancelledAt: request.now };
}

async function repriceSiblings(
  tx: Transaction,
  tenantId: string,
  householdId: string,
  session: ChangedSession,
  now: Date,
): Promise<void> {
  if (session.siblingReductionCents === null || session.siblingReductionPer === null) return;
  const reduction = { cents: session.siblingReductionCents, per: session.siblingReductionPer };
  const siblings = await siblingEnrolments(tx, tenantId, householdId, session.id);
  if (siblings.length === 0) return;
  const household = await householdResidency(tx, tenantId, householdId);
  const prices = {
    residentCents: session.residentPriceCents,
    nonResidentCents: session.nonResidentPriceCents,
    socialCents: session.socialPriceCents,
    siblingReduction: reduction,
  };
  const weeks = weeksOf(session.days).length;
  const changes = repricedSiblings(siblings, (siblingIndex) =>
    priceCents(prices, {
      resident: household.residency === 'declared_resident',
      // As at enrolment: no social tariff is recorded for households yet.
      socialTariff: false,
      siblingIndex,
      weeks,
    }),
  );
  for (const change of changes) {
    await setPrice(tx, tenantId, change.id, change.priceCents);
    await repriceInvoice(tx, tenantId, change.id, change.priceCents, now);
  }
}
