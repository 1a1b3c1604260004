import type { HouseholdRouteDeps } from '../households/household-route-deps.ts';
import type { JobQueue } from '../jobs/job-queue.ts';

export interface AssociationRouteDeps extends HouseholdRouteDeps {
  jobs: JobQueue;
}

export const MY_ASSOCIATIONS_PATH = '/v1/tenants/{tenant}/me/associations';

/** Invitations are answered by their mailed token, not by an id in the path. */
export const ASSOCIATION_INVITATIONS_PATH = '/v1/tenants/{tenant}/me/association-invitations';
