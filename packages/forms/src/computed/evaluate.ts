import { evaluateCondition, type ValueLookup } from '../conditions/evaluate.ts';
import type { Expression } from './schema.ts';

const amountOf = (table: Record<string, number>, option: unknown): number =>
  typeof option === 'string' && Object.hasOwn(table, option) ? (table[option] ?? 0) : 0;

/**
 * Evaluates an expression over the answers as conditions see them: a missing or hidden answer
 * counts as 0. The caller checks the result is a safe integer (a product can overflow).
 */
export const evaluateExpression = (expression: Expression, lookup: ValueLookup, today: string): number => {
  switch (expression.op) {
    case 'constant':
      return expression.value;
    case 'field': {
      const value = lookup(expression.field);
      return typeof value === 'number' ? value : 0;
    }
    case 'lookup': {
      const value = lookup(expression.field);
      const chosen = Array.isArray(value) ? value : [value];
      return chosen.reduce<number>((total, option) => total + amountOf(expression.values, option), 0);
    }
    case 'count': {
      const value = lookup(expression.field);
      return Array.isArray(value) ? value.length : 0;
    }
    case 'sum':
      return expression.terms.reduce((total, term) => total + evaluateExpression(term, lookup, today), 0);
    case 'product':
      return expression.factors.reduce(
        (total, factor) => total * evaluateExpression(factor, lookup, today),
        1,
      );
    case 'when':
      if (evaluateCondition(expression.condition, lookup, today))
        return evaluateExpression(expression.value, lookup, today);
      return expression.otherwise === undefined ? 0 : evaluateExpression(expression.otherwise, lookup, today);
  }
};
