import type { Transaction } from '@communa/db';
import { localize } from '@communa/tenant-config';
import type { JobQueue, OutgoingJob } from '../jobs/job-queue.ts';
import { mailJob } from '../jobs/mail-jobs.ts';
import { mailLanguage } from '../notifications/templates/mail-brand.ts';
import { renderStageEnrolmentConfirmation } from '../notifications/templates/stage-enrolment-confirmation.ts';
import { tenantMailBrand } from '../notifications/tenant-mail.ts';
import type { ResolvedTenant } from '../tenants/tenant-directory.ts';
import type { EnrolledResult } from './enrolment-decision.ts';
import type { EnrolmentSession } from './enrolment-store.ts';

/**
 * The confirmation e-mail of one request's enrolments (seats and waitlist places), as a job in the
 * caller's transaction; keyed by its first enrolment, so a retried job is delivered once.
 */
export async function enqueueEnrolmentMail(
  jobs: JobQueue,
  tx: Transaction,
  tenant: ResolvedTenant,
  to: { email: string; language: string | null | undefined },
  session: EnrolmentSession,
  enrolled: readonly { firstName: string; result: EnrolledResult }[],
): Promise<void> {
  const job = enrolmentMailJob(tenant, to, session, enrolled);
  if (job) await jobs.sendAll(tx, [job]);
}

/** The job of the confirmation e-mail (see enqueueEnrolmentMail); undefined when nobody was enrolled. */
export function enrolmentMailJob(
  tenant: ResolvedTenant,
  to: { email: string; language: string | null | undefined },
  session: EnrolmentSession,
  enrolled: readonly { firstName: string; result: EnrolledResult }[],
): OutgoingJob | undefined {
  const [first] = enrolled;
  if (!first) return undefined;
  const lang = mailLanguage(tenant.publicConfig, to.language ?? undefined);
  return mailJob(tenant.slug, {
    to: to.email,
    idempotencyKey: `stage-enrolment/${first.result.enrolmentId}`,
    content: renderStageEnrolmentConfirmation(tenantMailBrand(tenant, lang), {
      stageTitle: localize(session.stageTitle, lang, tenant.publicConfig.languages.default),
      firstDay: session.firstDay,
      lastDay: session.lastDay,
      hours: { from: session.startsAt, to: session.endsAt },
      children: enrolled.map(({ firstName, result }) =>
        result.status === 'confirmed'
          ? { firstName, status: 'confirmed', reference: result.reference, priceCents: result.priceCents }
          : { firstName, status: 'waitlisted', reference: result.reference, position: result.position },
      ),
      websiteUrl: tenant.publicConfig.contact.website,
    }),
    tags: [{ name: 'kind', value: 'stage-enrolment' }],
  });
}
