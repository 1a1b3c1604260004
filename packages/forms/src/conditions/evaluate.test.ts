import { describe, expect, it } from 'vitest';
import { evaluateCondition } from './evaluate.ts';
import type { Condition } from './schema.ts';

const answers: Record<string, unknown> = {
  kind: 'post',
  extras: ['bins', 'mail'],
  copies: 3,
  birthDate: '2010-05-04',
  agreed: false,
  empty: '',
};

const holds = (condition: Condition, today = '2026-12-01') =>
  evaluateCondition(condition, (key) => (Object.hasOwn(answers, key) ? answers[key] : undefined), today);

describe('evaluateCondition', () => {
  it('equals and notEquals compare values, and look inside a multiple choice', () => {
    expect(holds({ op: 'equals', field: 'kind', value: 'post' })).toBe(true);
    expect(holds({ op: 'equals', field: 'kind', value: 'email' })).toBe(false);
    expect(holds({ op: 'equals', field: 'extras', value: 'mail' })).toBe(true);
    expect(holds({ op: 'equals', field: 'agreed', value: false })).toBe(true);
    expect(holds({ op: 'notEquals', field: 'kind', value: 'email' })).toBe(true);
    expect(holds({ op: 'notEquals', field: 'missing', value: 'email' })).toBe(true);
    expect(holds({ op: 'equals', field: 'copies', value: '3' })).toBe(false);
  });

  it('in holds when the value (or one chosen option) is listed', () => {
    expect(holds({ op: 'in', field: 'kind', values: ['email', 'post'] })).toBe(true);
    expect(holds({ op: 'in', field: 'extras', values: ['parking', 'bins'] })).toBe(true);
    expect(holds({ op: 'in', field: 'extras', values: ['parking'] })).toBe(false);
  });

  it('greaterThan and lessThan need a number', () => {
    expect(holds({ op: 'greaterThan', field: 'copies', value: 2 })).toBe(true);
    expect(holds({ op: 'greaterThan', field: 'copies', value: 3 })).toBe(false);
    expect(holds({ op: 'lessThan', field: 'copies', value: 4 })).toBe(true);
    expect(holds({ op: 'lessThan', field: 'missing', value: 4 })).toBe(false);
    expect(holds({ op: 'greaterThan', field: 'kind', value: -1 })).toBe(false);
  });

  it('before and after compare calendar days, fixed or relative to today', () => {
    expect(holds({ op: 'after', field: 'birthDate', date: 'today-18y' })).toBe(true);
    expect(holds({ op: 'after', field: 'birthDate', date: 'today-18y' }, '2028-05-05')).toBe(false);
    expect(holds({ op: 'before', field: 'birthDate', date: '2010-05-05' })).toBe(true);
    expect(holds({ op: 'before', field: 'birthDate', date: '2010-05-04' })).toBe(false);
    expect(holds({ op: 'before', field: 'missing', date: 'today' })).toBe(false);
  });

  it('filled is false for absent, blank and empty lists, true for false and 0', () => {
    expect(holds({ op: 'filled', field: 'agreed' })).toBe(true);
    expect(holds({ op: 'filled', field: 'empty' })).toBe(false);
    expect(holds({ op: 'filled', field: 'missing' })).toBe(false);
  });

  it('and, or and not nest', () => {
    const minorByPost: Condition = {
      op: 'and',
      conditions: [
        { op: 'equals', field: 'kind', value: 'post' },
        {
          op: 'or',
          conditions: [
            { op: 'filled', field: 'missing' },
            { op: 'not', condition: { op: 'equals', field: 'agreed', value: true } },
          ],
        },
      ],
    };
    expect(holds(minorByPost)).toBe(true);
    expect(holds({ op: 'not', condition: minorByPost })).toBe(false);
    expect(holds({ op: 'or', conditions: [{ op: 'filled', field: 'missing' }] })).toBe(false);
  });
});
