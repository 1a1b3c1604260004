import type { ProblemCode } from '../problems/problem.ts';

export const stageEditorProblems = {
  managedAsCode: {
    code: 'stages_managed_as_code',
    status: 409,
    title:
      'This commune’s configuration is managed as code (source: code): its stages.yaml is the truth, edit it instead',
  },
  invalidStage: {
    code: 'invalid_stage',
    status: 422,
    title: 'The stage is not valid; nothing was written',
  },
  stageExists: { code: 'stage_exists', status: 409, title: 'The commune already has a stage with this key' },
  sessionHasEnrolments: {
    code: 'session_has_enrolments',
    status: 409,
    title: 'A session with enrolments cannot be removed; nothing was written',
  },
  capacityBelowSeatsTaken: {
    code: 'capacity_below_seats_taken',
    status: 409,
    title: 'A session’s capacity cannot go below the seats already taken; nothing was written',
  },
} as const satisfies Record<string, ProblemCode>;
