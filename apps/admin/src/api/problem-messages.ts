import type { MessageKey } from '../i18n/messages.ts';

/** Every problem `code` the back-office can meet, with the message that explains it. */
const MESSAGES: Readonly<Record<string, MessageKey>> = {
  unauthorized: 'errUnauthorized',
  tenant_not_found: 'errTenantNotFound',
  forbidden: 'errForbidden',
  second_factor_required: 'errSecondFactor',
  second_factor_enrolment_required: 'errSecondFactor',
  already_staff: 'errAlreadyStaff',
  already_invited: 'errAlreadyInvited',
  last_admin: 'errLastAdmin',
  validation_failed: 'errValidation',
  malformed_body: 'errValidation',
  rate_limited: 'errRateLimited',
  network: 'errNetwork',
  not_found: 'errNotFound',
  household_not_found: 'errHouseholdNotFound',
  cross_site_request: 'errCrossSite',
  stage_session_full: 'errSessionFull',
  no_families: 'errNoFamilies',
  nothing_to_attest: 'errNothingToAttest',
  attestations_not_issued: 'errAttestationsNotIssued',
  invoice_not_open: 'errInvoiceNotOpen',
  invoice_not_found: 'errInvoiceNotFound',
  already_enrolled: 'errAlreadyEnrolled',
  overlapping_session: 'errOverlapping',
  enrolment_cancelled: 'errEnrolmentCancelled',
  stage_session_not_found: 'errSessionNotFound',
  stage_enrolment_not_found: 'errNotFound',
  child_not_found: 'errNotFound',
  day_not_in_session: 'errDayNotInSession',
  invalid_email_or_password: 'errCredentials',
  invalid_password: 'errCredentials',
  credential_account_not_found: 'errCredentials',
  invalid_code: 'errCodeInvalid',
  invalid_backup_code: 'errCodeInvalid',
  sign_in_code_invalid: 'errCodeInvalid',
  sign_in_code_expired: 'errCodeExpired',
  otp_has_expired: 'errCodeExpired',
  sign_in_code_locked: 'errCodeLocked',
  too_many_attempts_request_new_code: 'errCodeLocked',
  account_temporarily_locked: 'errCodeLocked',
  form_not_found: 'errNotFound',
  form_submission_not_found: 'errNotFound',
  form_document_not_found: 'errNotFound',
  transition_not_allowed: 'errTransitionNotAllowed',
  transition_forbidden: 'errForbidden',
};

/** The localised explanation of a failure; an unknown code is our fault, said as such. */
export function problemMessage(code: string): MessageKey {
  return MESSAGES[code] ?? 'errServer';
}
