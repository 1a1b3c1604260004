import type { HouseholdRouteDeps } from '../households/household-route-deps.ts';
import type { JobQueue } from '../jobs/job-queue.ts';

export interface EnrolmentRouteDeps extends HouseholdRouteDeps {
  jobs: JobQueue;
  /** Hours a family has to answer a waitlist offer. */
  offerHours: number;
}

export const ENROLMENTS_PATH = '/v1/tenants/{tenant}/me/enrolments';
