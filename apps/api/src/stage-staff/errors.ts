import type { ProblemCode } from '../problems/problem.ts';

export const stageStaffProblems = {
  sessionNotFound: { code: 'stage_session_not_found', status: 404, title: 'No such session in this commune' },
  enrolmentNotFound: {
    code: 'stage_enrolment_not_found',
    status: 404,
    title: 'No such enrolment in this session',
  },
  childNotFound: { code: 'child_not_found', status: 404, title: 'No such child in this household' },
  dayNotInSession: {
    code: 'day_not_in_session',
    status: 400,
    title: 'This day is not one of the session’s days',
  },
  notConfirmed: {
    code: 'enrolment_not_confirmed',
    status: 400,
    title: 'Attendance is taken for confirmed enrolments of this session only',
  },
  notAnAnimator: {
    code: 'not_an_animator',
    status: 400,
    title: 'Only staff of this commune with the animator role can be assigned to a session',
  },
  sessionFull: {
    code: 'stage_session_full',
    status: 409,
    title: 'The session has no seat left: nothing was written',
  },
  alreadyEnrolled: {
    code: 'already_enrolled',
    status: 409,
    title: 'The child already holds an enrolment in this session',
  },
  overlappingSession: {
    code: 'overlapping_session',
    status: 409,
    title: 'The child is enrolled in another session at the same time',
  },
  alreadyCancelled: {
    code: 'enrolment_cancelled',
    status: 409,
    title: 'This enrolment is already cancelled',
  },
  sameSession: { code: 'same_session', status: 400, title: 'The enrolment is already in that session' },
  noFamilies: {
    code: 'no_families',
    status: 409,
    title: 'No family of this session to write to: nothing was sent',
  },
} as const satisfies Record<string, ProblemCode>;
