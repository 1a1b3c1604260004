import { formState } from '@communa/forms';
import { describe, expect, it } from 'vitest';
import {
  draftPage,
  firstStep,
  nextStep,
  parseStep,
  previousStep,
  progressOf,
  reachableStep,
  stepFromDraft,
  stepParam,
} from './form-navigation.ts';
import { movingForm, today } from './testing/moving-form.ts';

const options = { today, lang: 'fr' as const };
const state = (answers: Record<string, unknown>) => formState(movingForm, answers, options);
const page = (index: number) => ({ kind: 'page' as const, index });
const review = { kind: 'review' as const };
const firstPage = { name: 'Alex', email: 'alex@example.be', company: false };

describe('steps in the URL', () => {
  it('names a page by its number from 1 and the review by name, and reads them back', () => {
    for (const step of [page(0), page(2), review]) expect(parseStep(stepParam(step), 3)).toEqual(step);
    expect(stepParam(page(1))).toBe('2');
  });

  it('reads nothing from values that name no step', () => {
    for (const value of [null, '', '0', '4', '-1', '1.5', '02', 'Review', '2abc']) {
      expect(parseStep(value, 3), String(value)).toBeUndefined();
    }
  });
});

describe('moving between pages', () => {
  it('skips a page its condition hides, both ways', () => {
    const hidden = state({ company: false });
    expect(nextStep(hidden, 0)).toEqual(page(2));
    expect(previousStep(hidden, page(2))).toEqual(page(0));
    const shown = state({ company: true });
    expect(nextStep(shown, 0)).toEqual(page(1));
    expect(previousStep(shown, page(2))).toEqual(page(1));
  });

  it('goes from the last page to the review, and back from the review to the last shown page', () => {
    expect(nextStep(state({}), 2)).toEqual(review);
    expect(previousStep(state({}), review)).toEqual(page(2));
    expect(previousStep(state({}), page(0))).toBeUndefined();
    expect(firstStep(state({}))).toEqual(page(0));
  });

  it('counts the shown pages and the review as steps', () => {
    expect(progressOf(state({ company: false }), page(2))).toEqual({ step: 2, total: 3 });
    expect(progressOf(state({ company: true }), page(2))).toEqual({ step: 3, total: 4 });
    expect(progressOf(state({ company: true }), review)).toEqual({ step: 4, total: 4 });
  });
});

describe('reachableStep (deep links, back and forward, resumed drafts)', () => {
  it('shows the first page not yet valid instead of a later step', () => {
    expect(reachableStep(movingForm, state({}), {}, review, options)).toEqual(page(0));
    const answers = { ...firstPage, company: true, iban: 'BE68539007547034' };
    expect(reachableStep(movingForm, state(answers), answers, review, options)).toEqual(page(1));
  });

  it('lets the citizen reach a step once every shown page before it is valid', () => {
    expect(reachableStep(movingForm, state(firstPage), firstPage, page(2), options)).toEqual(page(2));
    expect(reachableStep(movingForm, state(firstPage), firstPage, page(0), options)).toEqual(page(0));
  });

  it('moves a link to a hidden page on to the next shown step', () => {
    expect(reachableStep(movingForm, state(firstPage), firstPage, page(1), options)).toEqual(page(2));
  });
});

describe('the step a draft records', () => {
  it('is the page index (the last page for the review), and reads back within the pages', () => {
    expect(draftPage(page(1), 3)).toBe(1);
    expect(draftPage(review, 3)).toBe(2);
    expect(stepFromDraft(1, 3)).toEqual(page(1));
    expect(stepFromDraft(7, 3)).toEqual(page(2));
    expect(stepFromDraft(-2, 3)).toEqual(page(0));
  });
});
