import type { FormDefinition } from '@communa/forms';
import { validateAnswers } from '@communa/forms';
import type { Language } from '@communa/tenant-config';
import type { FieldError } from '../problems/problem.ts';

/** The stage's questions as answered for each accepted child, and the form version they were checked against. */
export interface StageAnswers {
  formKey: string;
  formVersion: number;
  byChild: ReadonlyMap<string, Record<string, unknown>>;
}

/**
 * Checks each asked child's answers to the stage's questions with the forms engine: on success, the
 * cleaned answers (hidden answers dropped) by child; otherwise the engine's errors, each under
 * `answers.<childId>.` so the widget shows them at the child's field. A child with no answers is
 * checked as having answered nothing (its required questions then fail).
 */
export function checkStageAnswers(
  form: { key: string; version: number; definition: FormDefinition },
  childIds: readonly string[],
  answers: Readonly<Record<string, unknown>>,
  options: { today: string; lang: Language },
): { ok: true; answers: StageAnswers } | { ok: false; errors: FieldError[] } {
  const byChild = new Map<string, Record<string, unknown>>();
  const errors: FieldError[] = [];
  for (const childId of childIds) {
    const result = validateAnswers(form.definition, answers[childId] ?? {}, options);
    if (result.ok) byChild.set(childId, result.value);
    else
      errors.push(
        ...result.errors.map((error) => ({
          ...error,
          path: error.path === '' ? `answers.${childId}` : `answers.${childId}.${error.path}`,
        })),
      );
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, answers: { formKey: form.key, formVersion: form.version, byChild } };
}

/** The columns of one child's enrolment (or nothing when the stage asks no questions). */
export function answerColumns(answers: StageAnswers | undefined, childId: string) {
  const childAnswers = answers?.byChild.get(childId);
  if (answers === undefined || childAnswers === undefined) return {};
  return {
    answers: childAnswers,
    answersFormKey: answers.formKey,
    answersFormVersion: answers.formVersion,
  };
}
