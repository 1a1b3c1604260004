import type { Language } from '../i18n/languages.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { translate } from '../i18n/messages.ts';

/** The audit-log actions the API records, with the words each one is shown in. */
const ACTION_MESSAGES: ReadonlyMap<string, MessageKey> = new Map([
  ['staff.signed_in', 'auditStaffSignedIn'],
  ['staff.second_factor_enrolled', 'auditStaffSecondFactorEnrolled'],
  ['staff.invited', 'auditStaffInvited'],
  ['staff.invitation_cancelled', 'auditStaffInvitationCancelled'],
  ['staff.joined', 'auditStaffJoined'],
  ['staff.roles_changed', 'auditStaffRolesChanged'],
  ['staff.removed', 'auditStaffRemoved'],
  ['staff.admin_created', 'auditStaffAdminCreated'],
  ['households.listed', 'auditHouseholdsListed'],
  ['households.residency_confirmed', 'auditResidencyConfirmed'],
  ['households.residency_corrected', 'auditResidencyCorrected'],
  ['stages.roster_read', 'auditStagesRosterRead'],
  ['stages.attendance_recorded', 'auditStagesAttendanceRecorded'],
  ['stages.enrolment_added', 'auditStagesEnrolmentAdded'],
  ['stages.enrolment_cancelled', 'auditStagesEnrolmentCancelled'],
  ['stages.enrolment_moved', 'auditStagesEnrolmentMoved'],
  ['stages.residency_checked', 'auditStagesResidencyChecked'],
  ['stages.animators_assigned', 'auditStagesAnimatorsAssigned'],
  ['stages.families_mailed', 'auditStagesFamiliesMailed'],
  ['stages.childcare_attestation_read', 'auditChildcareAttestationRead'],
  ['forms.inbox_read', 'auditFormsInboxRead'],
  ['forms.submission_read', 'auditFormsSubmissionRead'],
  ['forms.submissions_exported', 'auditFormsSubmissionsExported'],
  ['forms.submission_commented', 'auditFormsSubmissionCommented'],
  ['forms.submission_transitioned', 'auditFormsSubmissionTransitioned'],
  ['forms.document_read', 'auditFormsDocumentRead'],
  ['events.requests_listed', 'auditEventsRequestsListed'],
  ['events.request_read', 'auditEventsRequestRead'],
  ['forms.definition_saved', 'auditFormsDefinitionSaved'],
  ['forms.created', 'auditFormsCreated'],
  ['stages.definition_saved', 'auditStagesDefinitionSaved'],
  ['stages.created', 'auditStagesCreated'],
  ['events.type_created', 'auditEventTypeCreated'],
  ['events.type_saved', 'auditEventTypeSaved'],
  ['events.type_removed', 'auditEventTypeRemoved'],
  ['events.places_saved', 'auditEventPlacesSaved'],
  ['events.equipment_saved', 'auditEventEquipmentSaved'],
  ['invoice.marked_paid', 'auditInvoiceMarkedPaid'],
  ['health_sheets.session_read', 'auditHealthSheetsSessionRead'],
  ['health_sheets.retention_deleted', 'auditHealthSheetsRetentionDeleted'],
  ['events.opinion_given', 'auditEventOpinionGiven'],
  ['events.opinion_amended', 'auditEventOpinionAmended'],
  ['events.opinion_file_added', 'auditEventOpinionFileAdded'],
  ['events.opinion_file_read', 'auditEventOpinionFileRead'],
  ['events.request_file_read', 'auditEventRequestFileRead'],
  ['staff.event_services_changed', 'auditStaffEventServicesChanged'],
  ['events.request_decided', 'auditEventRequestDecided'],
  ['events.decision_letter_read', 'auditEventDecisionLetterRead'],
  ['events.request_closed', 'auditEventRequestClosed'],
]);

export const LABELLED_AUDIT_ACTIONS: readonly string[] = [...ACTION_MESSAGES.keys()];

/** The action in words, or undefined for an action this release does not know yet. */
export function auditActionLabel(language: Language, action: string): string | undefined {
  const key = ACTION_MESSAGES.get(action);
  return key === undefined ? undefined : translate(language, key);
}
