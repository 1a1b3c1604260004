/**
 * The steps of an event request: the kind of event, when and where, the pages of the kind's form
 * (index in its definition), then the review. Each is a value of the page URL's parameter.
 */
export type RequestStep =
  | { kind: 'type' }
  | { kind: 'details' }
  | { kind: 'page'; index: number }
  | { kind: 'review' };

const FORM_PAGE = /^form-([1-9]\d*)$/;

export function stepParam(step: RequestStep): string {
  return step.kind === 'page' ? `form-${step.index + 1}` : step.kind;
}

/** The step a URL value names, or undefined for a value that names none. */
export function parseStep(value: string | null, pageCount: number): RequestStep | undefined {
  if (value === 'type' || value === 'details' || value === 'review') return { kind: value };
  const page = FORM_PAGE.exec(value ?? '');
  if (!page) return undefined;
  const index = Number(page[1]) - 1;
  return index < pageCount ? { kind: 'page', index } : undefined;
}

/** How far the answers given allow the requester to go. */
export interface RequestProgress {
  typeChosen: boolean;
  detailsValid: boolean;
  /** The form's pages shown with the current answers, in order. */
  shownPages: readonly number[];
  pageValid(index: number): boolean;
}

/**
 * The step shown when `wanted` is asked for (a link, back/forward, a resumed draft): the first
 * step before it that is not complete yet, else `wanted` (a hidden page: the next shown one).
 */
export function reachableStep(wanted: RequestStep, progress: RequestProgress): RequestStep {
  if (wanted.kind === 'type' || !progress.typeChosen) return { kind: 'type' };
  if (wanted.kind === 'details' || !progress.detailsValid) return { kind: 'details' };
  const target =
    wanted.kind === 'page' && !progress.shownPages.includes(wanted.index)
      ? nextAfter(progress.shownPages, wanted.index)
      : wanted;
  for (const page of progress.shownPages) {
    if (target.kind === 'page' && page >= target.index) break;
    if (!progress.pageValid(page)) return { kind: 'page', index: page };
  }
  return target;
}

/** The step after the details or a page: the next shown page of the form, else the review. */
export function nextAfter(shownPages: readonly number[], index: number): RequestStep {
  const next = shownPages.find((page) => page > index);
  return next === undefined ? { kind: 'review' } : { kind: 'page', index: next };
}

/** The step before; undefined on the first. */
export function previousOf(step: RequestStep, shownPages: readonly number[]): RequestStep | undefined {
  if (step.kind === 'type') return undefined;
  if (step.kind === 'details') return { kind: 'type' };
  const before = step.kind === 'review' ? shownPages : shownPages.filter((page) => page < step.index);
  const previous = before.at(-1);
  return previous === undefined ? { kind: 'details' } : { kind: 'page', index: previous };
}

/** "Step n of total": kind, details, the shown pages, then the review. */
export function progressOf(
  step: RequestStep,
  shownPages: readonly number[],
): { step: number; total: number } {
  const total = shownPages.length + 3;
  if (step.kind === 'type') return { step: 1, total };
  if (step.kind === 'details') return { step: 2, total };
  if (step.kind === 'review') return { step: total, total };
  const position = shownPages.indexOf(step.index);
  return { step: (position === -1 ? 0 : position) + 3, total };
}
