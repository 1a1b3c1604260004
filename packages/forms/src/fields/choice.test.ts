import { describe, expect, it } from 'vitest';
import { errorsOf, formWith } from '../testing/parse.ts';
import { validateAnswers } from '../validation/validate-answers.ts';

const today = '2026-12-01';

const options = ['glass', 'paper', 'green', 'bulky'].map((value) => ({ value, label: { fr: value } }));

describe('choice fields', () => {
  const form = formWith(
    { key: 'bin', type: 'single-choice', label: { fr: 'Conteneur' }, options },
    {
      key: 'collections',
      type: 'multiple-choice',
      label: { fr: 'Collectes' },
      options,
      minSelections: 2,
      maxSelections: 3,
    },
    { key: 'urgent', type: 'yes-no', label: { fr: 'Urgent' }, required: true },
  );

  it('accepts options, storing multiple choices in the order of the definition', () => {
    expect(
      validateAnswers(form, { bin: 'paper', collections: ['bulky', 'glass'], urgent: false }, { today }),
    ).toMatchObject({
      ok: true,
      value: { bin: 'paper', collections: ['glass', 'bulky'], urgent: false },
    });
  });

  it('refuses values that are not options', () => {
    expect(errorsOf(validateAnswers(form, { bin: 'metal', urgent: true }, { today }))).toEqual([
      'bin invalid_option',
    ]);
    expect(
      errorsOf(validateAnswers(form, { collections: ['glass', 'metal'], urgent: true }, { today })),
    ).toEqual(['collections.1 invalid_option']);
    expect(errorsOf(validateAnswers(form, { collections: 'glass', urgent: true }, { today }))).toEqual([
      'collections invalid_type',
    ]);
  });

  it('checks the number of choices and duplicates', () => {
    expect(errorsOf(validateAnswers(form, { collections: ['glass'], urgent: true }, { today }))).toEqual([
      'collections too_few_selected',
    ]);
    expect(
      errorsOf(
        validateAnswers(form, { collections: ['glass', 'paper', 'green', 'bulky'], urgent: true }, { today }),
      ),
    ).toEqual(['collections too_many_selected']);
    expect(
      errorsOf(validateAnswers(form, { collections: ['glass', 'glass'], urgent: true }, { today })),
    ).toEqual(['collections.1 duplicate_option']);
  });

  it('takes false as an answer to a required yes-no, and only booleans', () => {
    expect(errorsOf(validateAnswers(form, {}, { today }))).toEqual(['urgent required']);
    expect(errorsOf(validateAnswers(form, { urgent: 'yes' }, { today }))).toEqual(['urgent invalid_type']);
  });
});
