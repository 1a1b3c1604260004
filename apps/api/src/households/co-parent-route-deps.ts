import type { JobQueue } from '../jobs/job-queue.ts';
import type { HouseholdRouteDeps } from './household-route-deps.ts';

export interface CoParentRouteDeps extends HouseholdRouteDeps {
  jobs: JobQueue;
}

export const CO_PARENT_PATH = '/v1/tenants/{tenant}/me/co-parent-invitations';
