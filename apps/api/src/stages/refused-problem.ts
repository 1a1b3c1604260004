import { ProblemError } from '../problems/problem.ts';
import type { EnrolmentResult } from './enrolment-schemas.ts';
import { stageProblems } from './errors.ts';

/** Every child refused: one field error per child, the reason as its code. */
export function refusedProblem(results: readonly EnrolmentResult[]): ProblemError {
  const errors = results.map((result, index) => ({
    path: `childIds.${index}`,
    code: result.status === 'refused' ? result.reason : result.status,
    message:
      result.status === 'refused' && result.opensAt
        ? `Enrolment opens for your household at ${result.opensAt}`
        : 'This child cannot be enrolled in this session',
  }));
  const opensAt = results.flatMap((result) =>
    result.status === 'refused' && result.opensAt ? [result.opensAt] : [],
  );
  return new ProblemError(
    stageProblems.enrolmentRefused,
    opensAt[0] ? `Enrolment opens for your household at ${opensAt[0]}` : undefined,
    errors,
  );
}
