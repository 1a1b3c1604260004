import type { Language } from '../i18n/localized-text.ts';

/**
 * One problem with the answers. `path` is dotted (`people.1.birthDate`, `address.postalCode`,
 * empty for the whole answers); `code` is stable and machine-readable, widgets localise it;
 * `message` is English, for developers and logs.
 */
export type AnswerError = { path: string; code: string; message: string };

export type ValidationOptions = {
  /** The calendar day of filling in Brussels (`calendarDayInBrussels(new Date())`), never read from a clock here. */
  today: string;
  /** The language the form was shown in: the consent text must be that language's. */
  lang?: Language;
};

/** Answers as stored: normalised, only shown fields, empty answers left out. */
export type Answers = Record<string, unknown>;

export type ValidationResult =
  | { ok: true; value: Answers; computed: Record<string, number> }
  | { ok: false; errors: AnswerError[] };

/** Codes the engine itself produces; the Belgian validators add theirs (`niss_checksum`, `iban_format`, …). */
export const ANSWER_ERROR_CODES = [
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
