import * as z from 'zod';

/** Who may send a form: a signed-in citizen, anyone without an account, or both. */
export const FORM_ACCESS = ['signed-in', 'anonymous', 'either'] as const;

export type FormAccess = (typeof FORM_ACCESS)[number];

const choices = `must be one of ${FORM_ACCESS.join(', ')}`;

export const formAccessSchema = z.enum(FORM_ACCESS, {
  error: (issue) => (issue.input === undefined ? `is required: ${choices}` : choices),
});
