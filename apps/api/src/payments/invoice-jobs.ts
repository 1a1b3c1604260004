import type { Database } from '@communa/db';
import { withTenant } from '@communa/db';
import type { Logger } from 'pino';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Mailer } from '../notifications/mailer.ts';
import { mailingTenant } from '../notifications/tenant-mail.ts';
import type { TenantDirectory } from '../tenants/tenant-directory.ts';
import { runInvoiceDue } from './invoice-due.ts';
import { invoiceMail } from './invoice-mail.ts';
import type { InvoiceJob, InvoiceMailJob } from './issue-invoice.ts';
import type { InvoiceTerms } from './payment-rules.ts';

export interface InvoiceWorkerDeps {
  db: Database;
  tenants: TenantDirectory;
  logger: Logger;
  mailer: Mailer;
  invoiceTerms: InvoiceTerms;
  offerHours: number;
}

/**
 * Sends invoice e-mails (retried like every e-mail; the idempotency key delivers each once) and runs
 * the due-date jobs: a reminder, then the seat released. A due job that finds its time not reached
 * yet throws, so pg-boss runs it again a little later.
 */
export async function workInvoiceJobs(jobs: JobQueue, deps: InvoiceWorkerDeps): Promise<void> {
  await jobs.work<InvoiceMailJob>('stage-invoice-mail', async (job, jobId) => {
    const tenant = await deps.tenants.resolve(job.tenant);
    if (!tenant) {
      deps.logger.warn({ jobId, tenant: job.tenant }, 'invoice mail for a commune that is gone: dropped');
      return;
    }
    const mail = await withTenant(deps.db, tenant.id, (tx) =>
      invoiceMail(tx, tenant, job, deps.invoiceTerms.graceDays),
    );
    if (!mail) return;
    const result = await deps.mailer.send(mailingTenant(tenant), mail);
    if (result.ok) return;
    if (result.failure.retryable) throw new Error(`mail not sent yet: ${result.failure.code}`);
    deps.logger.error({ jobId, tenant: job.tenant, failure: result.failure.code }, 'mail refused: dropped');
  });
  await jobs.work<InvoiceJob>('stage-invoice-due', async ({ tenant: slug, invoiceId }, jobId) => {
    const tenant = await deps.tenants.resolve(slug);
    if (!tenant) {
      deps.logger.warn({ jobId, tenant: slug }, 'invoice due for a commune that is gone: dropped');
      return;
    }
    const outcome = await withTenant(deps.db, tenant.id, (tx) =>
      runInvoiceDue(
        tx,
        { jobs, invoiceTerms: deps.invoiceTerms, offerHours: deps.offerHours },
        tenant,
        invoiceId,
        new Date(),
      ),
    );
    if (outcome === 'early') throw new Error('invoice not due yet');
  });
}
