import { describe, expect, it } from 'vitest';
import { definitionOf, errorsOf } from '../testing/parse.ts';
import { cleanAnswers } from './clean-answers.ts';
import { formState } from './form-state.ts';
import { validateAnswers, validatePage } from './validate-answers.ts';

const today = '2026-12-01';

/** Two pages: who moves (several people), then the request to occupy the road. */
const definition = definitionOf({
  key: 'occupation-voirie',
  version: 1,
  title: { fr: 'Occupation de la voirie pour un déménagement' },
  pages: [
    {
      title: { fr: 'Demandeur' },
      sections: [
        {
          fields: [
            {
              key: 'onBehalf',
              type: 'yes-no',
              label: { fr: 'Pour une société ?' },
              required: true,
            },
            {
              key: 'company',
              type: 'short-text',
              label: { fr: 'Société' },
              showIf: { op: 'equals', field: 'onBehalf', value: true },
              required: true,
            },
            {
              key: 'people',
              type: 'group',
              label: { fr: 'Personnes qui déménagent' },
              min: 1,
              max: 3,
              required: true,
              fields: [
                { key: 'name', type: 'short-text', label: { fr: 'Nom' }, required: true },
                { key: 'birthDate', type: 'date', label: { fr: 'Naissance' }, max: 'today' },
                {
                  key: 'guardian',
                  type: 'short-text',
                  label: { fr: 'Responsable' },
                  showIf: { op: 'after', field: 'birthDate', date: 'today-18y' },
                  required: true,
                },
              ],
            },
          ],
        },
      ],
    },
    {
      title: { fr: 'Occupation' },
      showIf: { op: 'filled', field: 'people' },
      sections: [
        {
          fields: [
            { key: 'day', type: 'date', label: { fr: 'Jour' }, min: 'today+7d', required: true },
            { key: 'length', type: 'number', label: { fr: 'Mètres' }, integer: true, min: 1, max: 50 },
            {
              key: 'reason',
              type: 'long-text',
              label: { fr: 'Pourquoi plus de 20 m ?' },
              requiredIf: { op: 'greaterThan', field: 'length', value: 20 },
            },
          ],
        },
      ],
    },
  ],
});

const answers = {
  onBehalf: false,
  people: [
    { name: 'Jan', birthDate: '1980-01-01' },
    { name: 'Lotte', birthDate: '2012-03-04', guardian: 'Jan' },
  ],
  day: '2026-12-15',
  length: 12,
};

describe('validateAnswers', () => {
  it('accepts answers, with group items normalised', () => {
    expect(validateAnswers(definition, answers, { today })).toEqual({
      ok: true,
      value: answers,
      computed: {},
    });
  });

  it('reports errors in group items with their index', () => {
    const people = [{ name: 'Jan', birthDate: '2030-01-01' }, { birthDate: '2012-03-04' }, 'Lotte'];
    expect(errorsOf(validateAnswers(definition, { ...answers, people }, { today }))).toEqual([
      'people.0.birthDate date_too_late',
      'people.1.name required',
      'people.1.guardian required',
      'people.2 invalid_type',
    ]);
  });

  it('checks the number of items', () => {
    expect(errorsOf(validateAnswers(definition, { ...answers, people: [] }, { today }))).toEqual([
      'people required',
      // Without people the second page is hidden, so its answers are refused too.
      'day hidden_field',
      'length hidden_field',
    ]);
    const four = Array.from({ length: 4 }, () => ({ name: 'X' }));
    expect(errorsOf(validateAnswers(definition, { ...answers, people: four }, { today }))).toEqual([
      'people too_many_items',
    ]);
    expect(
      errorsOf(validateAnswers(definition, { onBehalf: false, people: { name: 'X' } }, { today })),
    ).toEqual(['people invalid_type']);
  });

  it('refuses unknown keys, at the top and in items', () => {
    const people = [{ name: 'Jan', age: 40 }];
    expect(
      errorsOf(
        validateAnswers(
          definition,
          { ...answers, people, zeta: 1, constructor: 'x', name: 'Jan' },
          { today },
        ),
      ),
    ).toEqual([
      'people.0.age unknown_field',
      'constructor unknown_field',
      'name unknown_field',
      'zeta unknown_field',
    ]);
  });

  it('refuses answers to hidden fields, but not empty ones', () => {
    expect(errorsOf(validateAnswers(definition, { ...answers, company: 'ACME' }, { today }))).toEqual([
      'company hidden_field',
    ]);
    expect(validateAnswers(definition, { ...answers, company: null }, { today })).toEqual({
      ok: true,
      value: answers,
      computed: {},
    });
    const people = [{ name: 'Jan', birthDate: '1980-01-01', guardian: 'Marie' }];
    expect(errorsOf(validateAnswers(definition, { ...answers, people }, { today }))).toEqual([
      'people.0.guardian hidden_field',
    ]);
  });

  it('hides a page and its fields when its condition does not hold', () => {
    expect(errorsOf(validateAnswers(definition, { onBehalf: false, day: '2026-12-15' }, { today }))).toEqual([
      'people required',
      'day hidden_field',
    ]);
  });

  it('makes a field required by condition', () => {
    expect(errorsOf(validateAnswers(definition, { ...answers, length: 30 }, { today }))).toEqual([
      'reason required',
    ]);
    expect(validateAnswers(definition, { ...answers, length: 30, reason: 'Camion' }, { today }).ok).toBe(
      true,
    );
  });

  it('answers untrusted input with an error, never an exception', () => {
    for (const input of [null, 'answers', 42, [answers], undefined]) {
      expect(errorsOf(validateAnswers(definition, input, { today }))).toEqual([' invalid_answers']);
    }
    expect(errorsOf(validateAnswers(definition, answers, { today: '01/12/2026' }))).toEqual([
      ' invalid_options',
    ]);
  });
});

describe('validatePage', () => {
  it('checks only the fields of that page', () => {
    expect(errorsOf(validatePage(definition, { onBehalf: true, day: 'soon' }, 0, { today }))).toEqual([
      'company required',
      'people required',
    ]);
    expect(validatePage(definition, { ...answers, day: undefined }, 0, { today })).toEqual({
      ok: true,
      value: { onBehalf: false, people: answers.people },
      computed: {},
    });
    expect(errorsOf(validatePage(definition, { ...answers, day: undefined }, 1, { today }))).toEqual([
      'day required',
    ]);
  });

  it('has nothing to check on a hidden page, and refuses a page that does not exist', () => {
    expect(validatePage(definition, {}, 1, { today })).toEqual({ ok: true, value: {}, computed: {} });
    expect(errorsOf(validatePage(definition, {}, 2, { today }))).toEqual([' unknown_page']);
    expect(errorsOf(validatePage(definition, {}, 0.5, { today }))).toEqual([' unknown_page']);
  });
});

describe('cleanAnswers', () => {
  it('drops hidden, empty and unknown answers, in items too', () => {
    const raw = {
      onBehalf: false,
      company: 'ACME',
      people: [{ name: 'Jan', birthDate: '1980-01-01', guardian: 'Marie', age: 40 }],
      day: '',
      extra: true,
    };
    const cleaned = cleanAnswers(definition, raw, { today });
    expect(cleaned).toEqual({ onBehalf: false, people: [{ name: 'Jan', birthDate: '1980-01-01' }] });
    expect(validateAnswers(definition, cleaned, { today })).toMatchObject({
      ok: false,
      errors: [{ path: 'day', code: 'required' }],
    });
  });

  it('drops every answer of a page that is hidden', () => {
    expect(cleanAnswers(definition, { onBehalf: false, day: '2026-12-15', length: 3 }, { today })).toEqual({
      onBehalf: false,
    });
  });

  it('drops group items beyond the maximum, which could not be stored', () => {
    const people = Array.from({ length: 5 }, (_, index) => ({ name: `P${index}` }));
    expect(cleanAnswers(definition, { onBehalf: false, people }, { today })).toEqual({
      onBehalf: false,
      people: people.slice(0, 3),
    });
  });

  it('keeps values as given, for validateAnswers to normalise', () => {
    expect(cleanAnswers(definition, { onBehalf: 'maybe' }, { today })).toEqual({ onBehalf: 'maybe' });
    expect(cleanAnswers(definition, 'nothing', { today })).toEqual({});
  });
});

describe('formState', () => {
  it('tells the widget what is shown and required', () => {
    expect(formState(definition, { onBehalf: true, length: 25 }, { today })).toEqual({
      pages: [true, false],
      fields: {
        onBehalf: { visible: true, required: true },
        company: { visible: true, required: true },
        people: { visible: true, required: true },
        day: { visible: false, required: false },
        length: { visible: false, required: false },
        reason: { visible: false, required: false },
      },
      computed: {},
    });
  });

  it('tells which fields of each group item are shown', () => {
    const people = [{ name: 'Jan', birthDate: '1980-01-01' }, 'Lotte', { birthDate: '2012-03-04' }];
    expect(formState(definition, { people }, { today }).fields.people?.items).toEqual([
      {
        name: { visible: true, required: true },
        birthDate: { visible: true, required: false },
        guardian: { visible: false, required: false },
      },
      undefined,
      {
        name: { visible: true, required: true },
        birthDate: { visible: true, required: false },
        guardian: { visible: true, required: true },
      },
    ]);
  });
});
