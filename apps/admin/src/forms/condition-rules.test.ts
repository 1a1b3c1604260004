import { describe, expect, it } from 'vitest';
import { fromRuleSet, rulePath, toRuleSet } from './condition-rules.ts';

const types: Record<string, string> = {
  size: 'number',
  forWhom: 'single-choice',
  alone: 'yes-no',
  born: 'date',
};
const typeOf = (key: string) => types[key];

describe('condition rules', () => {
  it('reads and writes each comparison the simple controls offer, negated or not', () => {
    for (const condition of [
      { op: 'equals', field: 'forWhom', value: 'household' },
      { op: 'equals', field: 'alone', value: true },
      { op: 'in', field: 'size', values: [2, 3] },
      { op: 'greaterThan', field: 'size', value: 4 },
      { op: 'before', field: 'born', date: 'today-18y' },
      { op: 'filled', field: 'forWhom' },
      { op: 'not', condition: { op: 'filled', field: 'forWhom' } },
      {
        op: 'or',
        conditions: [
          { op: 'equals', field: 'forWhom', value: 'me' },
          { op: 'not', condition: { op: 'greaterThan', field: 'size', value: 1 } },
        ],
      },
    ]) {
      const set = toRuleSet(condition);
      expect(set).not.toBe('complex');
      if (set === undefined || set === 'complex') continue;
      expect(fromRuleSet(set, typeOf)).toEqual(condition);
    }
  });

  it('keeps conditions nested deeper as complex, and no rule as no condition', () => {
    expect(toRuleSet({ op: 'and', conditions: [{ op: 'or', conditions: [] }] })).toBe('complex');
    expect(toRuleSet({ op: 'lessThan', field: 'size', value: 2 })).toBe('complex');
    expect(toRuleSet(undefined)).toBeUndefined();
    expect(fromRuleSet({ combine: 'and', rules: [] }, typeOf)).toBeUndefined();
  });

  it('types what is typed after the field compared: numbers, yes/no, text', () => {
    const rule = { op: 'equals' as const, value: ' 3 ', negate: false };
    expect(fromRuleSet({ combine: 'and', rules: [{ ...rule, field: 'size' }] }, typeOf)).toEqual({
      op: 'equals',
      field: 'size',
      value: 3,
    });
    expect(fromRuleSet({ combine: 'and', rules: [{ ...rule, field: 'forWhom' }] }, typeOf)).toEqual({
      op: 'equals',
      field: 'forWhom',
      value: '3',
    });
  });

  it('names a rule where the API names its errors', () => {
    const one = {
      combine: 'and' as const,
      rules: [{ field: 'size', op: 'filled' as const, value: '', negate: true }],
    };
    expect(rulePath(['showIf'], one, 0)).toEqual(['showIf', 'condition']);
    const two = {
      ...one,
      rules: [...one.rules, { field: 'size', op: 'filled' as const, value: '', negate: false }],
    };
    expect(rulePath(['showIf'], two, 1)).toEqual(['showIf', 'conditions', 1]);
  });
});
