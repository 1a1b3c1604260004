import type { ProblemCode } from '../problems/problem.ts';

export const formProblems = {
  formNotFound: { code: 'form_not_found', status: 404, title: 'No such form in this commune' },
  versionNotFound: {
    code: 'form_version_not_found',
    status: 404,
    title: 'This form has no such version',
  },
  draftNotFound: { code: 'form_draft_not_found', status: 404, title: 'No draft of this form' },
  invalidAnswers: {
    code: 'invalid_answers',
    status: 422,
    title: 'The answers are not valid for this form; nothing was written',
  },
  pageNotFound: {
    code: 'form_page_not_found',
    status: 422,
    title: 'This version of the form has no such page',
  },
  anonymousOnly: {
    code: 'form_anonymous_only',
    status: 409,
    title: 'This form is sent without an account; anonymous sending is not available yet',
  },
} as const satisfies Record<string, ProblemCode>;
