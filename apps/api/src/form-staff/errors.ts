import type { ProblemCode } from '../problems/problem.ts';

export const formStaffProblems = {
  formNotFound: { code: 'form_not_found', status: 404, title: 'No such form in this commune' },
  submissionNotFound: {
    code: 'form_submission_not_found',
    status: 404,
    title: 'No such submission of this form',
  },
  documentNotFound: {
    code: 'form_document_not_found',
    status: 404,
    title: 'No such document was generated for this submission',
  },
  transitionNotAllowed: {
    code: 'transition_not_allowed',
    status: 409,
    title: 'The workflow has no such transition from the current status; nothing was written',
  },
  transitionForbidden: {
    code: 'transition_forbidden',
    status: 403,
    title: 'None of your roles may make this transition; nothing was written',
  },
  invalidCursor: { code: 'invalid_cursor', status: 400, title: 'This cursor is not one the inbox gave' },
  assigneeNotAgent: {
    code: 'assignee_not_agent',
    status: 400,
    title: 'The assignee must be a staff member of this commune with the role the transition assigns to',
  },
} as const satisfies Record<string, ProblemCode>;
