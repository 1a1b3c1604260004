import type { Condition } from '../conditions/schema.ts';
import type { Expression } from './schema.ts';

type ExpressionReference =
  | {
      kind: 'expression';
      expression: Extract<Expression, { op: 'field' | 'lookup' | 'count' }>;
      path: (string | number)[];
    }
  | { kind: 'condition'; condition: Condition; path: (string | number)[] };

/** The answers an expression reads: its field, lookup and count nodes and the conditions of its `when`s. */
export const expressionReferences = (
  expression: Expression,
  path: (string | number)[] = [],
): ExpressionReference[] => {
  switch (expression.op) {
    case 'constant':
      return [];
    case 'field':
    case 'lookup':
    case 'count':
      return [{ kind: 'expression', expression, path }];
    case 'sum':
      return expression.terms.flatMap((term, index) => expressionReferences(term, [...path, 'terms', index]));
    case 'product':
      return expression.factors.flatMap((factor, index) =>
        expressionReferences(factor, [...path, 'factors', index]),
      );
    case 'when':
      return [
        { kind: 'condition', condition: expression.condition, path: [...path, 'condition'] },
        ...expressionReferences(expression.value, [...path, 'value']),
        ...(expression.otherwise === undefined
          ? []
          : expressionReferences(expression.otherwise, [...path, 'otherwise'])),
      ];
  }
};
