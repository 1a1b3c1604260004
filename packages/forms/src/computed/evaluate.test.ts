import { describe, expect, it } from 'vitest';
import { definitionOf } from '../testing/parse.ts';
import { validateAnswers } from '../validation/validate-answers.ts';
import { evaluateExpression } from './evaluate.ts';

const answers: Record<string, unknown> = {
  tariff: 'child',
  extras: ['meal', 'bus'],
  nights: 2,
  people: [{}, {}, {}],
};
const lookup = (key: string) => (Object.hasOwn(answers, key) ? answers[key] : undefined);
const today = '2026-12-01';

describe('evaluateExpression', () => {
  it('evaluates constants, fields, lookups and counts', () => {
    expect(evaluateExpression({ op: 'constant', value: 250 }, lookup, today)).toBe(250);
    expect(evaluateExpression({ op: 'field', field: 'nights' }, lookup, today)).toBe(2);
    expect(evaluateExpression({ op: 'field', field: 'missing' }, lookup, today)).toBe(0);
    expect(
      evaluateExpression(
        { op: 'lookup', field: 'tariff', values: { child: 1500, adult: 2500 } },
        lookup,
        today,
      ),
    ).toBe(1500);
    expect(
      evaluateExpression(
        { op: 'lookup', field: 'extras', values: { meal: 400, bus: 150, tshirt: 900 } },
        lookup,
        today,
      ),
    ).toBe(550);
    expect(
      evaluateExpression({ op: 'lookup', field: 'tariff', values: { adult: 2500 } }, lookup, today),
    ).toBe(0);
    expect(evaluateExpression({ op: 'count', field: 'people' }, lookup, today)).toBe(3);
  });

  it('combines with sum, product and when', () => {
    const price = {
      op: 'sum' as const,
      terms: [
        {
          op: 'product' as const,
          factors: [
            { op: 'lookup' as const, field: 'tariff', values: { child: 1500 } },
            { op: 'field' as const, field: 'nights' },
            { op: 'count' as const, field: 'people' },
          ],
        },
        {
          op: 'when' as const,
          condition: { op: 'equals' as const, field: 'extras', value: 'bus' },
          value: { op: 'constant' as const, value: 300 },
          otherwise: { op: 'constant' as const, value: -100 },
        },
        {
          op: 'when' as const,
          condition: { op: 'greaterThan' as const, field: 'nights', value: 5 },
          value: { op: 'constant' as const, value: 1 },
        },
      ],
    };
    expect(evaluateExpression(price, lookup, today)).toBe(1500 * 2 * 3 + 300);
  });
});

describe('computed values in validation', () => {
  const definition = definitionOf({
    key: 'stage',
    version: 1,
    title: { fr: 'Stage' },
    pages: [
      {
        title: { fr: 'Page' },
        sections: [
          {
            fields: [
              {
                key: 'tariff',
                type: 'single-choice',
                label: { fr: 'Tarif' },
                options: [
                  { value: 'resident', label: { fr: 'Résident' } },
                  { value: 'other', label: { fr: 'Non-résident' } },
                ],
              },
              { key: 'weeks', type: 'number', label: { fr: 'Semaines' }, integer: true, min: 0 },
              {
                key: 'discount',
                type: 'yes-no',
                label: { fr: 'Tarif social' },
                showIf: { op: 'greaterThan', field: 'price', value: 10000 },
              },
            ],
          },
        ],
      },
    ],
    computed: [
      {
        key: 'price',
        label: { fr: 'Prix' },
        expression: {
          op: 'product',
          factors: [
            { op: 'lookup', field: 'tariff', values: { resident: 6000, other: 9000 } },
            { op: 'field', field: 'weeks' },
          ],
        },
      },
    ],
  });

  it('are returned with the answers, and conditions can read them', () => {
    expect(validateAnswers(definition, { tariff: 'other', weeks: 2, discount: true }, { today })).toEqual({
      ok: true,
      value: { tariff: 'other', weeks: 2, discount: true },
      computed: { price: 18000 },
    });
    expect(
      validateAnswers(definition, { tariff: 'resident', weeks: 1, discount: true }, { today }),
    ).toMatchObject({
      ok: false,
      errors: [{ path: 'discount', code: 'hidden_field' }],
    });
  });

  it('count an invalid or missing answer as 0', () => {
    expect(validateAnswers(definition, {}, { today })).toEqual({
      ok: true,
      value: {},
      computed: { price: 0 },
    });
  });

  it('refuse a result too large to be exact', () => {
    const big = definitionOf({
      key: 'big',
      version: 1,
      title: { fr: 'Big' },
      pages: [
        {
          title: { fr: 'P' },
          sections: [{ fields: [{ key: 'n', type: 'number', label: { fr: 'n' }, integer: true }] }],
        },
      ],
      computed: [
        {
          key: 'total',
          label: { fr: 'Total' },
          expression: {
            op: 'product',
            factors: [
              { op: 'field', field: 'n' },
              { op: 'field', field: 'n' },
            ],
          },
        },
      ],
    });
    expect(validateAnswers(big, { n: 2 ** 40 }, { today })).toEqual({
      ok: false,
      errors: [{ path: 'total', code: 'computed_out_of_range', message: 'is too large to compute' }],
    });
  });
});
