import { validateMultipleChoice, validateSingleChoice, validateYesNo } from './choice.ts';
import { validateConsent } from './consent.ts';
import { validateAddress, validateEmail, validatePhone } from './contact.ts';
import { validateDate, validateDateRange, validateTime } from './date.ts';
import type { SimpleField } from './field-schema.ts';
import { validateFiles } from './file.ts';
import {
  validateCompanyNumber,
  validateIban,
  validateNiss,
  validateStructuredCommunication,
} from './identity.ts';
import { validateNumber } from './number.ts';
import type { FieldContext, FieldOutcome } from './outcome.ts';
import { validateText } from './text.ts';

/** Checks and normalises a non-empty answer to one field (emptiness and requiredness are the caller's). */
export const validateValue = (field: SimpleField, value: unknown, context: FieldContext): FieldOutcome => {
  switch (field.type) {
    case 'short-text':
    case 'long-text':
      return validateText(field, value);
    case 'number':
      return validateNumber(field, value);
    case 'date':
      return validateDate(field, value, context);
    case 'date-range':
      return validateDateRange(field, value, context);
    case 'time':
      return validateTime(field, value);
    case 'single-choice':
      return validateSingleChoice(field, value);
    case 'multiple-choice':
      return validateMultipleChoice(field, value);
    case 'yes-no':
      return validateYesNo(value);
    case 'email':
      return validateEmail(value);
    case 'phone':
      return validatePhone(field, value);
    case 'address':
      return validateAddress(field, value);
    case 'niss':
      return validateNiss(value);
    case 'iban':
      return validateIban(field, value);
    case 'structured-communication':
      return validateStructuredCommunication(value);
    case 'company-number':
      return validateCompanyNumber(value);
    case 'file':
      return validateFiles(field, value);
    case 'consent':
      return validateConsent(field, value, context);
  }
};
