import type { ProblemCode } from '../problems/problem.ts';

export const attestationProblems = {
  childNotFound: { code: 'child_not_found', status: 404, title: 'No such child in this household' },
  notIssued: {
    code: 'attestations_not_issued',
    status: 409,
    title: 'This commune does not issue childcare attestations',
  },
  nothingToAttest: {
    code: 'nothing_to_attest',
    status: 409,
    title: 'No paid day of care to attest for this child in that year',
  },
} as const satisfies Record<string, ProblemCode>;
