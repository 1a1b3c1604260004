import type { Logger } from 'pino';
import type { HouseholdRouteDeps } from '../households/household-route-deps.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { InvoiceTerms } from '../payments/payment-rules.ts';

export interface EnrolmentRouteDeps extends HouseholdRouteDeps {
  jobs: JobQueue;
  /** Hours a family has to answer a waitlist offer. */
  offerHours: number;
  /** When invoices of confirmed seats are due. */
  invoiceTerms: InvoiceTerms;
  logger: Logger;
}

export const ENROLMENTS_PATH = '/v1/tenants/{tenant}/me/enrolments';
