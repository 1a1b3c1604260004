import * as z from 'zod';
import { parseCompanyNumber } from '../belgian/company-number.ts';
import { parseBelgianIban, parseIban } from '../belgian/iban.ts';
import { parseNiss } from '../belgian/niss.ts';
import { parseStructuredCommunication } from '../belgian/structured-communication.ts';
import { fieldBase } from './base.ts';
import { accept, type FieldOutcome, invalidType, reject } from './outcome.ts';

export const nissFieldSchema = z.strictObject({ ...fieldBase, type: z.literal('niss') });

/** Any SEPA account by default; `belgianOnly` for refunds to Belgian accounts. */
export const ibanFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('iban'),
  belgianOnly: z.boolean({ error: 'must be true or false' }).default(false),
});

export const structuredCommunicationFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('structured-communication'),
});

/** The KBO/BCE number of an association or company (event organisers, grant applicants). */
export const companyNumberFieldSchema = z.strictObject({ ...fieldBase, type: z.literal('company-number') });

export const validateCompanyNumber = (value: unknown): FieldOutcome => {
  if (typeof value !== 'string') return invalidType('an enterprise number');
  const number = parseCompanyNumber(value);
  return number.ok
    ? accept(number.value)
    : reject(number.code, 'must be an enterprise number like 0123.456.749');
};

export const validateNiss = (value: unknown): FieldOutcome => {
  if (typeof value !== 'string') return invalidType('a national register number');
  const niss = parseNiss(value);
  return niss.ok
    ? accept(niss.value)
    : reject(niss.code, 'must be a national register number like 85.07.30-033.28');
};

export const validateIban = (field: z.infer<typeof ibanFieldSchema>, value: unknown): FieldOutcome => {
  if (typeof value !== 'string') return invalidType('an IBAN');
  const iban = field.belgianOnly ? parseBelgianIban(value) : parseIban(value);
  return iban.ok ? accept(iban.value) : reject(iban.code, 'must be an IBAN like BE68 5390 0754 7034');
};

export const validateStructuredCommunication = (value: unknown): FieldOutcome => {
  if (typeof value !== 'string') return invalidType('a structured communication');
  const communication = parseStructuredCommunication(value);
  return communication.ok
    ? accept(communication.value)
    : reject(communication.code, 'must be a structured communication like +++090/9337/55493+++');
};
