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
  proofInvalid: {
    code: 'proof_of_work_invalid',
    status: 400,
    title: 'An anonymous form needs a valid proof of work (X-Communa-Proof)',
  },
  proofReused: {
    code: 'proof_of_work_reused',
    status: 409,
    title: 'This proof of work was already used; compute a new one',
  },
  fileFieldNotFound: {
    code: 'form_file_field_not_found',
    status: 404,
    title: 'This form has no file field with this key',
  },
  fileFieldMissing: {
    code: 'form_file_field_missing',
    status: 400,
    title: 'Name the file field: ?field=<key>',
  },
  uploadTypeRefused: {
    code: 'upload_type_refused',
    status: 415,
    title: 'The file’s content is not of a type this field accepts; nothing was stored',
  },
  uploadNotUsable: {
    code: 'upload_not_usable',
    status: 422,
    title: 'A file answer names no upload of yours for this field, or one already used; nothing was written',
  },
  caseNotFound: { code: 'case_not_found', status: 404, title: 'No such case, or not with this secret' },
} as const satisfies Record<string, ProblemCode>;
