import type { Database } from '@communa/db';
import { withTenant } from '@communa/db';
import type { Logger } from 'pino';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { TenantDirectory } from '../tenants/tenant-directory.ts';
import { expireOffer } from './answer-offer.ts';
import type { OfferExpiryJob } from './waitlist-offers.ts';

/**
 * Runs each offer's expiry job, enqueued with the offer to start at its deadline: an unanswered
 * offer lapses and its seat passes on, in one transaction with the next offer's e-mail and job. A
 * job that finds the deadline not reached yet throws, so pg-boss runs it again a little later.
 */
export function workOfferExpiryJobs(
  jobs: JobQueue,
  deps: { db: Database; tenants: TenantDirectory; logger: Logger; offerHours: number },
) {
  return jobs.work<OfferExpiryJob>('stage-offer-expiry', async ({ tenant: slug, enrolmentId }, jobId) => {
    const tenant = await deps.tenants.resolve(slug);
    if (!tenant) {
      deps.logger.warn({ jobId, tenant: slug }, 'offer expiry for a commune that is gone: dropped');
      return;
    }
    const outcome = await withTenant(deps.db, tenant.id, (tx) =>
      expireOffer(tx, { jobs, offerHours: deps.offerHours }, tenant, enrolmentId, new Date()),
    );
    if (outcome === 'early') throw new Error('offer deadline not reached yet');
  });
}
