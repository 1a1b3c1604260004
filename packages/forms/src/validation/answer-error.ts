import type { Language } from '../i18n/localized-text.ts';
import type { AnswerErrorCode } from './error-codes.ts';

/**
 * One problem with the answers. `path` is dotted (`people.1.birthDate`, `address.postalCode`,
 * empty for the whole answers); `code` is stable and machine-readable, widgets localise it;
 * `message` is English, for developers and logs.
 */
export type AnswerError = { path: string; code: AnswerErrorCode; message: string };

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
