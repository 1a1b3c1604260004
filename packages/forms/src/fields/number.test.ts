import { describe, expect, it } from 'vitest';
import { errorsOf, formWith } from '../testing/parse.ts';
import { validateAnswers } from '../validation/validate-answers.ts';

const today = '2026-12-01';

describe('number fields', () => {
  const form = formWith(
    { key: 'children', type: 'number', label: { fr: 'Enfants' }, integer: true, min: 1, max: 6 },
    { key: 'hours', type: 'number', label: { fr: 'Heures' }, step: 0.5 },
    { key: 'area', type: 'number', label: { fr: 'Surface' }, min: 1, step: 0.1 },
  );

  it('accepts numbers within bounds and on the step', () => {
    expect(validateAnswers(form, { children: 6, hours: 2.5, area: 1.3 }, { today })).toMatchObject({
      ok: true,
      value: { children: 6, hours: 2.5, area: 1.3 },
    });
  });

  it('checks integer, bounds and step', () => {
    expect(errorsOf(validateAnswers(form, { children: 2.5 }, { today }))).toEqual(['children not_integer']);
    expect(errorsOf(validateAnswers(form, { children: 0 }, { today }))).toEqual(['children too_small']);
    expect(errorsOf(validateAnswers(form, { children: 7 }, { today }))).toEqual(['children too_large']);
    expect(errorsOf(validateAnswers(form, { hours: 1.25 }, { today }))).toEqual(['hours step_mismatch']);
    expect(errorsOf(validateAnswers(form, { area: 1.35 }, { today }))).toEqual(['area step_mismatch']);
  });

  it('wants a JSON number, not text', () => {
    expect(errorsOf(validateAnswers(form, { children: '3' }, { today }))).toEqual(['children invalid_type']);
  });

  it('stores -0 as 0, as JSON would', () => {
    expect(
      validateAnswers(formWith({ key: 'n', type: 'number', label: { fr: 'n' } }), { n: -0 }, { today }),
    ).toEqual({
      ok: true,
      value: { n: 0 },
      computed: {},
    });
  });
});
