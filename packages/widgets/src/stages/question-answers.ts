import type { EnrolmentRequest, FieldError } from './stages-api.ts';

/** One error of a child's answers: its path inside that child's answers (empty for the answers as a whole). */
export interface ChildAnswerError {
  childId: string;
  path: string;
  code: string;
  message: string;
}

/**
 * The API's errors about the stage's questions (`answers.<childId>.<field>`), each given back to its
 * child. Errors about anything else, or about a child not asked, are left out.
 */
export function childAnswerErrors(
  errors: readonly FieldError[],
  childIds: readonly string[],
): ChildAnswerError[] {
  return errors.flatMap(({ path, code, message }) => {
    const [root, childId, ...rest] = path.split('.');
    if (root !== 'answers' || childId === undefined || !childIds.includes(childId)) return [];
    return [{ childId, path: rest.join('.'), code, message }];
  });
}

/**
 * The request for one session. `answers` only when the stage asks questions, then one entry per
 * child asked: a stage without questions sends exactly what it always did.
 */
export function enrolmentRequest(
  sessionId: string,
  childIds: readonly string[],
  allOrNone: boolean,
  answers: ReadonlyMap<string, Record<string, unknown>> | undefined,
): EnrolmentRequest {
  const request: EnrolmentRequest = { sessionId, childIds: [...childIds], allOrNone };
  if (answers === undefined) return request;
  return {
    ...request,
    answers: Object.fromEntries(childIds.map((childId) => [childId, answers.get(childId) ?? {}])),
  };
}
