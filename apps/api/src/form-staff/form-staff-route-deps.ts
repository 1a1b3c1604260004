import type { Language } from '@communa/tenant-config';
import type { JobQueue } from '../jobs/job-queue.ts';
import { mailLanguage } from '../notifications/templates/mail-brand.ts';
import { problemResponse } from '../problems/problem.ts';
import type { StaffMember } from '../staff/require-staff.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { ADMIN_TENANT_PATH, staffProblemResponses } from '../staff/staff-route-deps.ts';

export interface FormStaffRouteDeps extends StaffRouteDeps {
  jobs: JobQueue;
}

export const STAFF_FORMS_PATH = `${ADMIN_TENANT_PATH}/forms`;
export const SUBMISSIONS_PATH = `${STAFF_FORMS_PATH}/{formKey}/submissions`;
export const SUBMISSION_PATH = `${SUBMISSIONS_PATH}/{submissionId}`;

export const formStaffProblemResponses = {
  ...staffProblemResponses,
  404: problemResponse(
    'No such commune among yours (tenant_not_found), form (form_not_found) or submission (form_submission_not_found)',
  ),
} as const;

/** The language staff read in: theirs when the commune offers it, else the commune's default. */
export const staffLanguage = (member: StaffMember): Language =>
  mailLanguage(member.tenant.publicConfig, member.language);
