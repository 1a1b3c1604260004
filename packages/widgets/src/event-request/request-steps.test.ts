import { describe, expect, it } from 'vitest';
import {
  nextAfter,
  parseStep,
  previousOf,
  progressOf,
  type RequestProgress,
  reachableStep,
  stepParam,
} from './request-steps.ts';

const progress = (overrides: Partial<RequestProgress> = {}): RequestProgress => ({
  typeChosen: true,
  detailsValid: true,
  shownPages: [0, 2],
  pageValid: () => true,
  ...overrides,
});

describe('step parameters', () => {
  it('names each step in the URL and reads it back', () => {
    for (const step of [
      { kind: 'type' },
      { kind: 'details' },
      { kind: 'page', index: 1 },
      { kind: 'review' },
    ] as const)
      expect(parseStep(stepParam(step), 3)).toEqual(step);
    expect(stepParam({ kind: 'page', index: 0 })).toBe('form-1');
  });

  it('refuses values that name no step', () => {
    expect(parseStep(null, 2)).toBeUndefined();
    expect(parseStep('form-3', 2)).toBeUndefined();
    expect(parseStep('form-0', 2)).toBeUndefined();
    expect(parseStep('elsewhere', 2)).toBeUndefined();
  });
});

describe('reachableStep', () => {
  it('starts with the kind of event until one is chosen', () => {
    expect(reachableStep({ kind: 'review' }, progress({ typeChosen: false }))).toEqual({ kind: 'type' });
  });

  it('stops at the details while they are not valid', () => {
    expect(reachableStep({ kind: 'page', index: 2 }, progress({ detailsValid: false }))).toEqual({
      kind: 'details',
    });
  });

  it('stops at the first form page not valid before the one asked for', () => {
    const pageValid = (index: number) => index !== 0;
    expect(reachableStep({ kind: 'review' }, progress({ pageValid }))).toEqual({ kind: 'page', index: 0 });
    expect(reachableStep({ kind: 'page', index: 0 }, progress({ pageValid }))).toEqual({
      kind: 'page',
      index: 0,
    });
  });

  it('moves a hidden page to the next shown step', () => {
    expect(reachableStep({ kind: 'page', index: 1 }, progress())).toEqual({ kind: 'page', index: 2 });
    expect(reachableStep({ kind: 'page', index: 3 }, progress())).toEqual({ kind: 'review' });
  });
});

describe('moving between steps', () => {
  it('goes from the details through the shown pages to the review and back', () => {
    expect(nextAfter([0, 2], -1)).toEqual({ kind: 'page', index: 0 });
    expect(nextAfter([0, 2], 0)).toEqual({ kind: 'page', index: 2 });
    expect(nextAfter([0, 2], 2)).toEqual({ kind: 'review' });
    expect(previousOf({ kind: 'review' }, [0, 2])).toEqual({ kind: 'page', index: 2 });
    expect(previousOf({ kind: 'page', index: 0 }, [0, 2])).toEqual({ kind: 'details' });
    expect(previousOf({ kind: 'details' }, [0, 2])).toEqual({ kind: 'type' });
    expect(previousOf({ kind: 'type' }, [0, 2])).toBeUndefined();
  });

  it('counts the kind, the details, the shown pages and the review', () => {
    expect(progressOf({ kind: 'type' }, [0, 2])).toEqual({ step: 1, total: 5 });
    expect(progressOf({ kind: 'page', index: 2 }, [0, 2])).toEqual({ step: 4, total: 5 });
    expect(progressOf({ kind: 'review' }, [0, 2])).toEqual({ step: 5, total: 5 });
  });
});
