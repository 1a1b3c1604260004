import type { CompanyNumberErrorCode } from '../belgian/company-number.ts';
import type { IbanErrorCode } from '../belgian/iban.ts';
import type { NissErrorCode } from '../belgian/niss.ts';
import type { PhoneErrorCode } from '../belgian/phone.ts';
import type { PostalCodeErrorCode } from '../belgian/postal-code.ts';
import type { StructuredCommunicationErrorCode } from '../belgian/structured-communication.ts';

/** Codes the engine itself produces. */
export const ENGINE_ERROR_CODES = [
  'invalid_answers',
  'invalid_options',
  'unknown_page',
  'unknown_field',
  'hidden_field',
  'required',
  'invalid_type',
  'invalid_text',
  'too_short',
  'too_long',
  'too_small',
  'too_large',
  'not_integer',
  'step_mismatch',
  'invalid_date',
  'date_too_early',
  'date_too_late',
  'range_order',
  'range_too_long',
  'invalid_time',
  'time_too_early',
  'time_too_late',
  'invalid_option',
  'duplicate_option',
  'too_few_selected',
  'too_many_selected',
  'invalid_email',
  'phone_not_belgian',
  'invalid_country',
  'address_not_belgian',
  'too_many_files',
  'file_type',
  'file_too_large',
  'consent_text_mismatch',
  'too_few_items',
  'too_many_items',
  'computed_out_of_range',
] as const;

/** The Belgian validators' codes, reported as they are. */
export const BELGIAN_ERROR_CODES = [
  'niss_format',
  'niss_checksum',
  'niss_birth_date',
  'iban_format',
  'iban_checksum',
  'iban_not_sepa',
  'iban_not_belgian',
  'phone_format',
  'phone_invalid',
  'postal_code_format',
  'postal_code_range',
  'structured_communication_format',
  'structured_communication_checksum',
  'company_number_format',
  'company_number_checksum',
] as const satisfies readonly (
  | CompanyNumberErrorCode
  | IbanErrorCode
  | NissErrorCode
  | PhoneErrorCode
  | PostalCodeErrorCode
  | StructuredCommunicationErrorCode
)[];

/** Every code an answer error can carry: widgets localise each one. */
export const ANSWER_ERROR_CODES = [...ENGINE_ERROR_CODES, ...BELGIAN_ERROR_CODES] as const;

export type AnswerErrorCode = (typeof ANSWER_ERROR_CODES)[number];
