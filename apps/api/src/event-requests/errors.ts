import type { ProblemCode } from '../problems/problem.ts';

export const eventRequestProblems = {
  notFound: { code: 'event_request_not_found', status: 404, title: 'No such event request of yours' },
  notEditable: {
    code: 'event_request_not_editable',
    status: 409,
    title: 'Only a draft or a request the commune sent back as incomplete can be changed',
  },
  notSubmittable: {
    code: 'event_request_not_submittable',
    status: 409,
    title: 'Only a draft or a request sent back as incomplete can be submitted',
  },
  submissionRefused: {
    code: 'event_request_refused',
    status: 422,
    title: 'The request cannot be submitted as it is; nothing was changed',
  },
  notWithdrawable: {
    code: 'event_request_not_withdrawable',
    status: 409,
    title: 'A request can be withdrawn only until it is decided',
  },
  attachmentNotFound: {
    code: 'event_request_attachment_not_found',
    status: 404,
    title: 'No such file attached to this request',
  },
} as const satisfies Record<string, ProblemCode>;
