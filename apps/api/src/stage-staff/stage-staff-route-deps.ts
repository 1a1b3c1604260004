import { problemResponse } from '../problems/problem.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { staffProblemResponses } from '../staff/staff-route-deps.ts';
import type { ManualEnrolmentDeps } from './manual-enrolment.ts';

/** The stage routes' needs: the staff API's, and what changes by hand set off (offers, invoices). */
export type StageStaffRouteDeps = StaffRouteDeps & ManualEnrolmentDeps;

export const SESSIONS_PATH = '/v1/admin/tenants/{tenant}/stage-sessions';
export const SESSION_PATH = `${SESSIONS_PATH}/{sessionId}`;

/** Answers of every route about one session. */
export const sessionProblemResponses = {
  ...staffProblemResponses,
  404: problemResponse(
    'No such commune among yours, or no such session you may see (stage_session_not_found)',
  ),
} as const;
