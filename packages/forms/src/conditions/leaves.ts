import type { Condition, FieldCondition } from './schema.ts';

/** Every leaf of a condition with its path inside the condition. */
export const conditionLeaves = (
  condition: Condition,
  path: readonly (string | number)[] = [],
): { leaf: FieldCondition; path: (string | number)[] }[] => {
  switch (condition.op) {
    case 'and':
    case 'or':
      return condition.conditions.flatMap((child, index) =>
        conditionLeaves(child, [...path, 'conditions', index]),
      );
    case 'not':
      return conditionLeaves(condition.condition, [...path, 'condition']);
    default:
      return [{ leaf: condition, path: [...path] }];
  }
};
