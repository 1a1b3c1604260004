import type { Transaction } from '@communa/db';
import { localize } from '@communa/tenant-config';
import { brusselsToday } from '../households/child-rules.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { enqueueMail } from '../jobs/mail-jobs.ts';
import { mailLanguage } from '../notifications/templates/mail-brand.ts';
import { renderStageSeatOffer } from '../notifications/templates/stage-seat-offer.ts';
import { tenantMailBrand } from '../notifications/tenant-mail.ts';
import type { ResolvedTenant } from '../tenants/tenant-directory.ts';
import { offerExpiry, offersOpen } from './cancellation-rules.ts';
import type { ChangedSession } from './enrolment-change-store.ts';
import {
  closeWaitlistGap,
  enrolmentRecipient,
  firstWaitlisted,
  lockEnrolment,
  markOffered,
  releaseSeat,
} from './enrolment-change-store.ts';

export interface OfferDeps {
  jobs: JobQueue;
  /** How long a family has to answer an offer. */
  offerHours: number;
}

/** What the expiry job needs to find the offer again. */
export interface OfferExpiryJob {
  tenant: string;
  enrolmentId: string;
}

/** The commune's page (where it embeds the account widget) naming the offer and the answer. */
export function offerAnswerUrl(
  websiteUrl: string,
  enrolmentId: string,
  answer: 'accept' | 'decline',
): string {
  const url = new URL(websiteUrl);
  url.searchParams.set('communa-offer', enrolmentId);
  url.searchParams.set('communa-offer-answer', answer);
  return url.toString();
}

/**
 * A seat of the session (locked by the caller) is free: the first on the waitlist gets it as an
 * offer held until its deadline, with its e-mail and its expiry job enqueued in this transaction;
 * with nobody waiting, or once the session has begun, the seat goes back to the session.
 */
export async function passSeatOn(
  tx: Transaction,
  deps: OfferDeps,
  tenant: ResolvedTenant,
  session: ChangedSession,
  now: Date,
): Promise<void> {
  const next = offersOpen(brusselsToday(now), session.firstDay)
    ? await firstWaitlisted(tx, tenant.id, session.id)
    : undefined;
  const enrolment = next ? await lockEnrolment(tx, tenant.id, next.id) : undefined;
  if (!enrolment || enrolment.waitlistPosition === null) {
    await releaseSeat(tx, tenant.id, session.id);
    return;
  }
  const expiresAt = offerExpiry(now, deps.offerHours);
  await closeWaitlistGap(tx, tenant.id, session.id, enrolment.waitlistPosition);
  await markOffered(tx, tenant.id, enrolment.id, { expiresAt, at: now });
  const job: OfferExpiryJob = { tenant: tenant.slug, enrolmentId: enrolment.id };
  await deps.jobs.send(tx, 'stage-offer-expiry', job, { startAfter: expiresAt });
  const recipient = await enrolmentRecipient(tx, tenant.id, enrolment);
  if (!recipient) return;
  const config = tenant.publicConfig;
  const lang = mailLanguage(config, recipient.language);
  const website = config.contact.website;
  await enqueueMail(deps.jobs, tx, tenant.slug, {
    to: recipient.email,
    // One offer per enrolment: a waitlisted child is offered a seat at most once.
    idempotencyKey: `stage-offer/${enrolment.id}`,
    content: renderStageSeatOffer(tenantMailBrand(tenant, lang), {
      stageTitle: localize(session.stageTitle, lang, config.languages.default),
      firstDay: session.firstDay,
      lastDay: session.lastDay,
      firstName: enrolment.childFirstName,
      reference: enrolment.reference,
      priceCents: enrolment.priceCents,
      expiresAt,
      acceptUrl: offerAnswerUrl(website, enrolment.id, 'accept'),
      declineUrl: offerAnswerUrl(website, enrolment.id, 'decline'),
    }),
    tags: [{ name: 'kind', value: 'stage-offer' }],
  });
}
