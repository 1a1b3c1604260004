import type { ProblemCode } from '../problems/problem.ts';

export const stageProblems = {
  stageNotFound: { code: 'stage_not_found', status: 404, title: 'No such stage in this commune' },
  sessionNotFound: { code: 'stage_session_not_found', status: 404, title: 'No such session in this commune' },
  enrolmentRefused: {
    code: 'enrolment_refused',
    status: 409,
    title: 'No child could be enrolled; nothing was written',
  },
  drawPending: {
    code: 'stage_draw_pending',
    status: 409,
    title: 'This session’s seats are drawn among the first requests; enrolment by draw is not available yet',
  },
} as const satisfies Record<string, ProblemCode>;
