import type { Transaction } from '@communa/db';
import { localize } from '@communa/tenant-config';
import { enqueueMail } from '../jobs/mail-jobs.ts';
import { mailLanguage } from '../notifications/templates/mail-brand.ts';
import { renderStageEnrolmentConfirmation } from '../notifications/templates/stage-enrolment-confirmation.ts';
import { tenantMailBrand } from '../notifications/tenant-mail.ts';
import type { InvoiceDeps } from '../payments/issue-invoice.ts';
import { issueInvoice } from '../payments/issue-invoice.ts';
import { ProblemError } from '../problems/problem.ts';
import type { ResolvedTenant } from '../tenants/tenant-directory.ts';
import { lockHouseholdEnrolment } from './cancel-enrolment.ts';
import type { ChangedSession, LockedEnrolment } from './enrolment-change-store.ts';
import {
  enrolmentRecipient,
  lockEnrolment,
  lockSession,
  markCancelled,
  markConfirmed,
  sessionOfEnrolment,
} from './enrolment-change-store.ts';
import { stageProblems } from './errors.ts';
import type { OfferDeps } from './waitlist-offers.ts';
import { passSeatOn } from './waitlist-offers.ts';

const NO_CHARGE = { feeCents: 0, creditCents: 0 };

/** An offer still open at `now`; 409 offer_expired or no_pending_offer otherwise, nothing written. */
function pendingOffer(enrolment: LockedEnrolment, now: Date): LockedEnrolment {
  const lapsed =
    enrolment.cancellationReason === 'offer_expired' ||
    (enrolment.status === 'offered' && enrolment.offerExpiresAt !== null && enrolment.offerExpiresAt <= now);
  if (lapsed) throw new ProblemError(stageProblems.offerExpired);
  if (enrolment.status !== 'offered') throw new ProblemError(stageProblems.noPendingOffer);
  return enrolment;
}

export type OfferAnswer = 'accept' | 'decline';

/**
 * The family answers an offer before its deadline: accepting confirms the held seat (with a
 * confirmation e-mail), declining cancels the enrolment and passes the seat to the next family.
 */
export async function answerOffer(
  tx: Transaction,
  deps: OfferDeps & InvoiceDeps,
  tenant: ResolvedTenant,
  request: { householdId: string; enrolmentId: string; answer: OfferAnswer; now: Date },
): Promise<'confirmed' | 'cancelled'> {
  const locked = await lockHouseholdEnrolment(tx, tenant.id, request.householdId, request.enrolmentId);
  const enrolment = pendingOffer(locked.enrolment, request.now);
  if (request.answer === 'decline') {
    await markCancelled(tx, tenant.id, enrolment.id, {
      reason: 'offer_declined',
      charge: NO_CHARGE,
      at: request.now,
    });
    await passSeatOn(tx, deps, tenant, locked.session, request.now);
    return 'cancelled';
  }
  await markConfirmed(tx, tenant.id, enrolment.id, request.now);
  await issueInvoice(
    tx,
    deps,
    tenant,
    { ...enrolment, enrolmentId: enrolment.id, firstDay: locked.session.firstDay },
    request.now,
  );
  await mailConfirmation(tx, deps, tenant, locked.session, enrolment);
  return 'confirmed';
}

async function mailConfirmation(
  tx: Transaction,
  deps: OfferDeps,
  tenant: ResolvedTenant,
  session: ChangedSession,
  enrolment: LockedEnrolment,
): Promise<void> {
  const recipient = await enrolmentRecipient(tx, tenant.id, enrolment);
  if (!recipient) return;
  const config = tenant.publicConfig;
  const lang = mailLanguage(config, recipient.language);
  await enqueueMail(deps.jobs, tx, tenant.slug, {
    to: recipient.email,
    idempotencyKey: `stage-offer-accepted/${enrolment.id}`,
    content: renderStageEnrolmentConfirmation(tenantMailBrand(tenant, lang), {
      stageTitle: localize(session.stageTitle, lang, config.languages.default),
      firstDay: session.firstDay,
      lastDay: session.lastDay,
      hours: { from: session.startsAt, to: session.endsAt },
      children: [
        {
          firstName: enrolment.childFirstName,
          status: 'confirmed',
          reference: enrolment.reference,
          priceCents: enrolment.priceCents,
        },
      ],
      websiteUrl: config.contact.website,
    }),
    tags: [{ name: 'kind', value: 'stage-enrolment' }],
  });
}

/**
 * The expiry job: an offer still unanswered at its deadline is cancelled and its seat passes on.
 * An answered offer is left alone; one whose deadline is not reached yet (clocks apart) says so, and
 * the job runs again later.
 */
export async function expireOffer(
  tx: Transaction,
  deps: OfferDeps,
  tenant: ResolvedTenant,
  enrolmentId: string,
  now: Date,
): Promise<'expired' | 'answered' | 'early'> {
  const sessionId = await sessionOfEnrolment(tx, tenant.id, enrolmentId);
  const session = sessionId ? await lockSession(tx, tenant.id, sessionId) : undefined;
  const enrolment = session ? await lockEnrolment(tx, tenant.id, enrolmentId) : undefined;
  if (!session || !enrolment || enrolment.status !== 'offered' || enrolment.offerExpiresAt === null)
    return 'answered';
  if (enrolment.offerExpiresAt > now) return 'early';
  await markCancelled(tx, tenant.id, enrolment.id, { reason: 'offer_expired', charge: NO_CHARGE, at: now });
  await passSeatOn(tx, deps, tenant, session, now);
  return 'expired';
}
