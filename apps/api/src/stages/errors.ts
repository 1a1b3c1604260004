import type { ProblemCode } from '../problems/problem.ts';

export const stageProblems = {
  stageNotFound: { code: 'stage_not_found', status: 404, title: 'No such stage in this commune' },
  sessionNotFound: { code: 'stage_session_not_found', status: 404, title: 'No such session in this commune' },
  enrolmentRefused: {
    code: 'enrolment_refused',
    status: 409,
    title: 'No child could be enrolled; nothing was written',
  },
  invalidAnswers: {
    code: 'invalid_answers',
    status: 422,
    title: 'The answers to the stage’s questions are not valid; nothing was written',
  },
  enrolmentNotFound: {
    code: 'enrolment_not_found',
    status: 404,
    title: 'No such enrolment of a child of your household',
  },
  enrolmentAlreadyCancelled: {
    code: 'enrolment_already_cancelled',
    status: 409,
    title: 'This enrolment is already cancelled; nothing was written',
  },
  offerExpired: {
    code: 'offer_expired',
    status: 409,
    title: 'The time to answer this offer is over; the seat passes to the next family',
  },
  noPendingOffer: {
    code: 'no_pending_offer',
    status: 409,
    title: 'No seat is offered to this enrolment (already answered, or never offered); nothing was written',
  },
} as const satisfies Record<string, ProblemCode>;
