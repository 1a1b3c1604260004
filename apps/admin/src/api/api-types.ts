import type { components, paths } from './schema.d.ts';

/** The JSON body a route answers with `status`, as the OpenAPI document declares it. */
type Answer<P extends keyof paths, M extends keyof paths[P], S extends number> = paths[P][M] extends {
  responses: infer R;
}
  ? S extends keyof R
    ? R[S] extends { content: { 'application/json': infer B } }
      ? B
      : never
    : never
  : never;

export type Role = components['schemas']['StaffRole'];
export type Me = Answer<'/v1/admin/me', 'get', 200>;
export type Commune = Me['communes'][number];
export type StaffList = Answer<'/v1/admin/tenants/{tenant}/staff', 'get', 200>;
export type Member = StaffList['members'][number];
export type Invitation = StaffList['invitations'][number];
export type AuditPage = Answer<'/v1/admin/tenants/{tenant}/audit-log', 'get', 200>;
export type AuditEvent = AuditPage['events'][number];
export type Households = Answer<'/v1/admin/tenants/{tenant}/households', 'get', 200>;
export type Household = Households['households'][number];
export type Residency = Household['residency'];
export type ResidencyDecision = Answer<
  '/v1/admin/tenants/{tenant}/households/{householdId}/residency',
  'put',
  200
>;
export type InvitationDetails = Answer<'/v1/admin/invitations/{invitationId}', 'get', 200>;
export type StageSessions = Answer<'/v1/admin/tenants/{tenant}/stage-sessions', 'get', 200>;
export type StageSessionSummary = StageSessions['sessions'][number];
export type StageSession = Answer<'/v1/admin/tenants/{tenant}/stage-sessions/{sessionId}', 'get', 200>;
export type SessionMessage = components['schemas']['StageSessionMessageInput'];
export type MessageAudience = NonNullable<SessionMessage['audience']>;
export type SessionMessageAnswer = Answer<
  '/v1/admin/tenants/{tenant}/stage-sessions/{sessionId}/messages',
  'post',
  202
>;
export type RosterEntry = StageSession['enrolled'][number];
export type StageAttendance = Answer<
  '/v1/admin/tenants/{tenant}/stage-sessions/{sessionId}/attendance/{day}',
  'get',
  200
>;
export type AttendanceStatus = components['schemas']['AttendanceStatus'];
export type StaffEnrolment = components['schemas']['StaffEnrolment'];
export type StaffForms = Answer<'/v1/admin/tenants/{tenant}/forms', 'get', 200>;
export type StaffForm = components['schemas']['StaffForm'];
export type FormWorkflowStatus = components['schemas']['FormWorkflowStatus'];
export type FormInbox = Answer<'/v1/admin/tenants/{tenant}/forms/{formKey}/submissions', 'get', 200>;
export type FormInboxEntry = components['schemas']['FormInboxEntry'];
export type FormSubmissionEvent = components['schemas']['FormSubmissionEvent'];
export type LocalizedText = components['schemas']['LocalizedText'];
export type StaffInvoices = Answer<'/v1/admin/tenants/{tenant}/invoices', 'get', 200>;
export type StaffInvoice = StaffInvoices['invoices'][number];
export type InvoiceStatus = StaffInvoice['status'];
export type EventRequestStatus = components['schemas']['EventRequestStatus'];
export type StaffEventRequests = Answer<'/v1/admin/tenants/{tenant}/event-requests', 'get', 200>;
export type StaffEventRequestSummary = components['schemas']['StaffEventRequestSummary'];
export type EventRequestHistoryEntry = components['schemas']['EventRequestHistoryEntry'];
export type StaffEventCalendar = Answer<'/v1/admin/tenants/{tenant}/event-calendar', 'get', 200>;
export type StaffCalendarEvent = components['schemas']['StaffCalendarEvent'];
export type EventTypes = Answer<'/v1/tenants/{tenant}/event-types', 'get', 200>;
export type EventPlaces = Answer<'/v1/tenants/{tenant}/event-places', 'get', 200>;
export type EventEquipment = Answer<'/v1/tenants/{tenant}/event-equipment', 'get', 200>;
export type EventOpinion = components['schemas']['EventOpinion'];
export type EventOpinionStatus = components['schemas']['EventOpinionStatus'];
export type OpinionInput = components['schemas']['EventOpinionInput'];
export type EventServices = Answer<'/v1/admin/tenants/{tenant}/event-services', 'get', 200>;
export type MemberEventServices = components['schemas']['MemberEventServices'];
export type DecisionInput = components['schemas']['EventDecisionInput'];
export type EventTypeInput = components['schemas']['EventTypeInput'];
export type EventPlaceInput = components['schemas']['EventPlaceInput'];
export type EventEquipmentInput = components['schemas']['EventEquipmentInput'];
export type EditableEventConfiguration = Answer<'/v1/admin/tenants/{tenant}/event-configuration', 'get', 200>;
