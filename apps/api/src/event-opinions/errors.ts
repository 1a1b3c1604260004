import type { ProblemCode } from '../problems/problem.ts';

export const eventOpinionProblems = {
  serviceUnknown: {
    code: 'event_service_unknown',
    status: 422,
    title: 'No such active advisory service in this commune',
  },
  noServices: {
    code: 'event_opinion_no_services',
    status: 422,
    title: 'Name the services to ask: this event type lists none',
  },
  alreadyRequested: {
    code: 'event_opinion_already_requested',
    status: 409,
    title: 'An opinion was already asked of this service for this request',
  },
  dueDatePast: {
    code: 'event_opinion_due_date_past',
    status: 422,
    title: 'The due date must be today or later',
  },
  opinionNotFound: {
    code: 'event_opinion_not_found',
    status: 404,
    title: 'No opinion was asked of this service for this request, or it is not one of yours',
  },
  closed: {
    code: 'event_opinion_closed',
    status: 409,
    title: 'The request is decided or no longer waits for opinions: the opinion cannot change',
  },
  attachmentNotFound: {
    code: 'event_opinion_attachment_not_found',
    status: 404,
    title: 'No such file on this opinion',
  },
  attachmentTypeRefused: {
    code: 'event_opinion_attachment_type_refused',
    status: 415,
    title: 'An opinion takes PDF, JPEG or PNG files (type read from the content)',
  },
  tooManyAttachments: {
    code: 'event_opinion_attachments_full',
    status: 409,
    title: 'This opinion already has as many files as it may',
  },
  memberNotAdvisor: {
    code: 'member_not_advisor',
    status: 422,
    title: 'Only a member with the service-advisor role belongs to advisory services',
  },
} as const satisfies Record<string, ProblemCode>;
