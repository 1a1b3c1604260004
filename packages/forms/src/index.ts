export type { CompanyNumberErrorCode, CompanyNumberResult } from './belgian/company-number.ts';
export { formatCompanyNumber, parseCompanyNumber } from './belgian/company-number.ts';
export type { IbanErrorCode, IbanResult } from './belgian/iban.ts';
export { formatIban, parseBelgianIban, parseIban } from './belgian/iban.ts';
export type { NissDetails, NissErrorCode, NissResult } from './belgian/niss.ts';
export { formatNiss, parseNiss } from './belgian/niss.ts';
export type { PhoneErrorCode, PhoneResult } from './belgian/phone.ts';
export { formatPhone, parsePhone } from './belgian/phone.ts';
export type { PostalCodeErrorCode, PostalCodeResult } from './belgian/postal-code.ts';
export { parseBelgianPostalCode } from './belgian/postal-code.ts';
export type { Validated } from './belgian/result.ts';
export type {
  StructuredCommunicationErrorCode,
  StructuredCommunicationResult,
} from './belgian/structured-communication.ts';
export {
  createStructuredCommunication,
  formatStructuredCommunication,
  parseStructuredCommunication,
} from './belgian/structured-communication.ts';
export { type ComputedValue, type Expression, expressionSchema } from './computed/schema.ts';
export { type Condition, conditionSchema } from './conditions/schema.ts';
export { calendarDayInBrussels } from './dates/brussels.ts';
export { type FileField, fileFieldsOf, type PlacedFileField } from './definition/file-fields.ts';
export {
  type FormDefinition,
  type FormDefinitionInput,
  formDefinitionSchema,
  type Page,
  type Section,
} from './definition/form-schema.ts';
export {
  type DefinitionIssue,
  type DefinitionResult,
  parseFormDefinition,
} from './definition/parse-definition.ts';
export {
  FIELD_TYPES,
  type Field,
  type FieldType,
  fieldSchema,
  type GroupField,
  type SimpleField,
} from './fields/field-schema.ts';
export { definitionTexts, type PlacedText } from './i18n/definition-texts.ts';
export { type LocalizedDefinition, labelOf, localizeDefinition } from './i18n/localize-definition.ts';
export { type MissingTranslation, missingTranslations } from './i18n/missing-translations.ts';
export type { AnswerError, Answers, ValidationOptions, ValidationResult } from './validation/answer-error.ts';
export { cleanAnswers } from './validation/clean-answers.ts';
export { ANSWER_ERROR_CODES, type AnswerErrorCode } from './validation/error-codes.ts';
export { type FormState, formState } from './validation/form-state.ts';
export { validateAnswers, validatePage } from './validation/validate-answers.ts';
