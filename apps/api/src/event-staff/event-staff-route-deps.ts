import type { JobQueue } from '../jobs/job-queue.ts';
import { problemResponse } from '../problems/problem.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { ADMIN_TENANT_PATH, staffProblemResponses } from '../staff/staff-route-deps.ts';

export interface EventStaffRouteDeps extends StaffRouteDeps {
  jobs: JobQueue;
  /** Where the back-office is served, for the links in staff e-mails. */
  publicUrl: string;
}

/** The back-office's event requests screen of a commune, linked from staff e-mails. */
export function backOfficeRequestsUrl(publicUrl: string, slug: string): string {
  return new URL(`/admin/${encodeURIComponent(slug)}/event-requests`, publicUrl).toString();
}

export const STAFF_EVENT_REQUESTS_PATH = `${ADMIN_TENANT_PATH}/event-requests`;

/** Answers of every route about one request. */
export const requestProblemResponses = {
  ...staffProblemResponses,
  404: problemResponse('No such commune among yours, or no such request in it (event_request_not_found)'),
} as const;
