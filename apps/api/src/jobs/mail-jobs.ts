import type { Transaction } from '@communa/db';
import type { Logger } from 'pino';
import type { Mailer, OutgoingMail } from '../notifications/mailer.ts';
import { mailingTenant } from '../notifications/tenant-mail.ts';
import type { TenantDirectory } from '../tenants/tenant-directory.ts';
import type { JobQueue, OutgoingJob } from './job-queue.ts';

/** An e-mail rendered when its cause committed, sent on behalf of a commune. */
export interface MailJob {
  tenant: string;
  mail: OutgoingMail;
}

/** Enqueues an e-mail in the transaction of the change that causes it. */
export function enqueueMail(
  jobs: JobQueue,
  tx: Transaction,
  tenant: string,
  mail: OutgoingMail,
): Promise<void> {
  return jobs.sendAll(tx, [mailJob(tenant, mail)]);
}

/** The job of one e-mail, for a caller that enqueues several jobs at once. */
export function mailJob(tenant: string, mail: OutgoingMail): OutgoingJob {
  const job: MailJob = { tenant, mail };
  return { queue: 'mail', data: job };
}

/**
 * Sends queued e-mails. A failure worth retrying (rate limit, provider error, network) throws, so
 * pg-boss tries again later; the mail's idempotency key makes the provider deliver it once however
 * many times the job runs. A failure that will not change (a refused address) is logged and dropped.
 */
export function workMailJobs(
  jobs: JobQueue,
  deps: { mailer: Mailer; tenants: TenantDirectory; logger: Logger },
) {
  return jobs.work<MailJob>('mail', async ({ tenant: slug, mail }, jobId) => {
    const tenant = await deps.tenants.resolve(slug);
    if (!tenant) {
      deps.logger.warn({ jobId, tenant: slug }, 'mail for a commune that is gone: dropped');
      return;
    }
    const result = await deps.mailer.send(mailingTenant(tenant), mail);
    if (result.ok) return;
    if (result.failure.retryable) throw new Error(`mail not sent yet: ${result.failure.code}`);
    deps.logger.error({ jobId, tenant: slug, failure: result.failure.code }, 'mail refused: dropped');
  });
}
