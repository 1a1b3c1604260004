import type { Language } from '../i18n/localized-text.ts';
import type { AnswerErrorCode } from '../validation/error-codes.ts';

/** A problem with one answer, `path` relative to the field (`['street']` for an address). */
export type FieldIssue = { path: (string | number)[]; code: AnswerErrorCode; message: string };

export type FieldOutcome = { ok: true; value: unknown } | { ok: false; issues: FieldIssue[] };

export type FieldContext = { today: string; lang: Language | undefined };

export const accept = (value: unknown): FieldOutcome => ({ ok: true, value });

export const reject = (
  code: AnswerErrorCode,
  message: string,
  path: (string | number)[] = [],
): FieldOutcome => ({
  ok: false,
  issues: [{ path, code, message }],
});

export const invalidType = (expected: string): FieldOutcome => reject('invalid_type', `must be ${expected}`);
