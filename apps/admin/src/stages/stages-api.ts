import { api } from '../api/api-client.ts';
import { type ApiResult, settle } from '../api/api-result.ts';
import type {
  AttendanceStatus,
  Residency,
  SessionMessage,
  SessionMessageAnswer,
  StaffEnrolment,
  StageAttendance,
  StageSession,
  StageSessions,
} from '../api/api-types.ts';
import type { Language } from '../i18n/languages.ts';

const session = (tenant: string, sessionId: string) => ({ params: { path: { tenant, sessionId } } });
const enrolment = (tenant: string, sessionId: string, enrolmentId: string) => ({
  params: { path: { tenant, sessionId, enrolmentId } },
});

export function listSessions(tenant: string): Promise<ApiResult<StageSessions>> {
  return settle(api.GET('/v1/admin/tenants/{tenant}/stage-sessions', { params: { path: { tenant } } }));
}

export function readSession(tenant: string, sessionId: string): Promise<ApiResult<StageSession>> {
  return settle(api.GET('/v1/admin/tenants/{tenant}/stage-sessions/{sessionId}', session(tenant, sessionId)));
}

export function readAttendance(
  tenant: string,
  sessionId: string,
  day: string,
): Promise<ApiResult<StageAttendance>> {
  return settle(
    api.GET('/v1/admin/tenants/{tenant}/stage-sessions/{sessionId}/attendance/{day}', {
      params: { path: { tenant, sessionId, day } },
    }),
  );
}

export function saveAttendance(
  tenant: string,
  sessionId: string,
  day: string,
  marks: { enrolmentId: string; status: AttendanceStatus }[],
): Promise<ApiResult<StageAttendance>> {
  return settle(
    api.PUT('/v1/admin/tenants/{tenant}/stage-sessions/{sessionId}/attendance/{day}', {
      params: { path: { tenant, sessionId, day } },
      body: { marks },
    }),
  );
}

export function addEnrolment(
  tenant: string,
  sessionId: string,
  body: { childId: string; householdId: string },
): Promise<ApiResult<StaffEnrolment>> {
  return settle(
    api.POST('/v1/admin/tenants/{tenant}/stage-sessions/{sessionId}/enrolments', {
      ...session(tenant, sessionId),
      body,
    }),
  );
}

export function cancelEnrolment(
  tenant: string,
  sessionId: string,
  enrolmentId: string,
): Promise<ApiResult<StaffEnrolment>> {
  return settle(
    api.POST(
      '/v1/admin/tenants/{tenant}/stage-sessions/{sessionId}/enrolments/{enrolmentId}/cancel',
      enrolment(tenant, sessionId, enrolmentId),
    ),
  );
}

export function moveEnrolment(
  tenant: string,
  sessionId: string,
  enrolmentId: string,
  toSessionId: string,
): Promise<ApiResult<StaffEnrolment>> {
  return settle(
    api.POST('/v1/admin/tenants/{tenant}/stage-sessions/{sessionId}/enrolments/{enrolmentId}/move', {
      ...enrolment(tenant, sessionId, enrolmentId),
      body: { toSessionId },
    }),
  );
}

export function checkResidency(
  tenant: string,
  sessionId: string,
  enrolmentId: string,
  residency: Residency,
): Promise<ApiResult<unknown>> {
  return settle(
    api.PUT('/v1/admin/tenants/{tenant}/stage-sessions/{sessionId}/enrolments/{enrolmentId}/residency', {
      ...enrolment(tenant, sessionId, enrolmentId),
      body: { residency },
    }),
  );
}

export function mailFamilies(
  tenant: string,
  sessionId: string,
  body: SessionMessage,
): Promise<ApiResult<SessionMessageAnswer>> {
  return settle(
    api.POST('/v1/admin/tenants/{tenant}/stage-sessions/{sessionId}/messages', {
      ...session(tenant, sessionId),
      body,
    }),
  );
}

/** Where the browser downloads a list (same origin: the session cookie goes with it). */
export const listUrl = (
  tenant: string,
  sessionId: string,
  format: 'csv' | 'xlsx' | 'pdf',
  language: Language,
) =>
  `/v1/admin/tenants/${encodeURIComponent(tenant)}/stage-sessions/${encodeURIComponent(sessionId)}/list.${format}?lang=${language}`;
