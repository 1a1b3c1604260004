import type { ProblemCode } from '../problems/problem.ts';

export const formEditorProblems = {
  managedAsCode: {
    code: 'forms_managed_as_code',
    status: 409,
    title:
      'This commune’s configuration is managed as code (source: code): its forms/*.yaml files are the truth, edit them instead',
  },
  invalidDefinition: {
    code: 'invalid_form_definition',
    status: 422,
    title: 'The form definition is not valid; nothing was written',
  },
  formExists: { code: 'form_exists', status: 409, title: 'The commune already has a form with this key' },
  attachmentFieldNeeded: {
    code: 'form_attachment_field_needed',
    status: 409,
    title:
      'An event type’s attachment is given at a file field this change removes: keep the field, or change the type first',
  },
} as const satisfies Record<string, ProblemCode>;
