import { type FormDefinition, type FormState, type ValidationOptions, validatePage } from '@communa/forms';

/** Where the citizen is in a form: one of its pages (index in the definition) or the review. */
export type FormStep = { kind: 'page'; index: number } | { kind: 'review' };

export const REVIEW_PARAM = 'review';

/** The URL value of a step: the page's number from 1, or `review`. */
export function stepParam(step: FormStep): string {
  return step.kind === 'review' ? REVIEW_PARAM : String(step.index + 1);
}

/** The step a URL value names, or undefined for a value that names none. */
export function parseStep(value: string | null, pageCount: number): FormStep | undefined {
  if (value === REVIEW_PARAM) return { kind: 'review' };
  if (value === null || !/^[1-9]\d*$/.test(value)) return undefined;
  const index = Number(value) - 1;
  return index < pageCount ? { kind: 'page', index } : undefined;
}

/** The indexes of the pages shown with the current answers, in order. */
export function shownPages(state: FormState): number[] {
  return state.pages.flatMap((visible, index) => (visible ? [index] : []));
}

/** The first shown page, or the review when every page is hidden. */
export function firstStep(state: FormState): FormStep {
  const first = shownPages(state)[0];
  return first === undefined ? { kind: 'review' } : { kind: 'page', index: first };
}

/** The step after a page: the next shown page, else the review. */
export function nextStep(state: FormState, index: number): FormStep {
  const next = shownPages(state).find((page) => page > index);
  return next === undefined ? { kind: 'review' } : { kind: 'page', index: next };
}

/** The step before: the previous shown page; undefined on the first one. */
export function previousStep(state: FormState, step: FormStep): FormStep | undefined {
  const pages = shownPages(state);
  const before = step.kind === 'review' ? pages : pages.filter((page) => page < step.index);
  const previous = before.at(-1);
  return previous === undefined ? undefined : { kind: 'page', index: previous };
}

/** "Step n of total": the shown pages, then the review as the last step. */
export function progressOf(state: FormState, step: FormStep): { step: number; total: number } {
  const pages = shownPages(state);
  const total = pages.length + 1;
  if (step.kind === 'review') return { step: total, total };
  const position = pages.indexOf(step.index);
  return { step: (position === -1 ? 0 : position) + 1, total };
}

/**
 * The step the citizen may see when asking for `wanted` (a deep link, back/forward, a resumed
 * draft): every shown page before it must be valid, else the first one that is not is shown
 * instead; a page the answers hide becomes the next step after it.
 */
export function reachableStep(
  definition: FormDefinition,
  state: FormState,
  answers: Record<string, unknown>,
  wanted: FormStep,
  options: ValidationOptions,
): FormStep {
  const target =
    wanted.kind === 'page' && state.pages[wanted.index] !== true ? nextStep(state, wanted.index) : wanted;
  for (const page of shownPages(state)) {
    if (target.kind === 'page' && page >= target.index) break;
    if (!validatePage(definition, answers, page, options).ok) return { kind: 'page', index: page };
  }
  return target;
}

export function sameStep(a: FormStep, b: FormStep): boolean {
  return a.kind === b.kind && (a.kind === 'review' || (b.kind === 'page' && a.index === b.index));
}

/** A draft records the page to resume on (0 first); the review resumes on the last page. */
export function draftPage(step: FormStep, pageCount: number): number {
  return step.kind === 'review' ? pageCount - 1 : step.index;
}

export function stepFromDraft(page: number, pageCount: number): FormStep {
  return { kind: 'page', index: Math.min(Math.max(0, Math.trunc(page)), pageCount - 1) };
}
