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
