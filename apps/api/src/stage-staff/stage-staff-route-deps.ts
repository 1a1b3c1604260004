import { problemResponse } from '../problems/problem.ts';
import { staffProblemResponses } from '../staff/staff-route-deps.ts';

export const SESSIONS_PATH = '/v1/admin/tenants/{tenant}/stage-sessions';
export const SESSION_PATH = `${SESSIONS_PATH}/{sessionId}`;

/** Answers of every route about one session. */
export const sessionProblemResponses = {
  ...staffProblemResponses,
  404: problemResponse(
    'No such commune among yours, or no such session you may see (stage_session_not_found)',
  ),
} as const;
