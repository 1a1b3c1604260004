import type { HouseholdRouteDeps } from '../households/household-route-deps.ts';
import type { JobQueue } from '../jobs/job-queue.ts';

export interface FormRouteDeps extends HouseholdRouteDeps {
  jobs: JobQueue;
  /** Request header with the client address: anonymous sending is limited per address, in memory only. */
  clientIpHeader: string;
}

export const FORMS_PATH = '/v1/tenants/{tenant}/forms';
export const FORM_PATH = `${FORMS_PATH}/{formKey}`;
export const SUBMISSIONS_PATH = `${FORM_PATH}/submissions`;
export const UPLOADS_PATH = `${FORM_PATH}/uploads`;
export const DRAFT_PATH = '/v1/tenants/{tenant}/me/form-drafts/{formKey}';
export const MY_SUBMISSIONS_PATH = '/v1/tenants/{tenant}/me/submissions';
export const CASE_PATH = '/v1/tenants/{tenant}/cases/{caseCode}';
