import type { HouseholdRouteDeps } from '../households/household-route-deps.ts';
import type { JobQueue } from '../jobs/job-queue.ts';

export interface EventRequestRouteDeps extends HouseholdRouteDeps {
  jobs: JobQueue;
  /** Where the back-office is served, for the links in the e-mails to the services asked. */
  publicUrl: string;
}

export const MY_EVENT_REQUESTS_PATH = '/v1/tenants/{tenant}/me/event-requests';
