import type { DraftCondition, DraftPath } from './form-draft.ts';

/** The comparisons the editor offers with simple controls (the issue's: equals, in, greater than, date before, is filled). */
export const RULE_OPS = ['equals', 'in', 'greaterThan', 'before', 'filled'] as const;

export type RuleOp = (typeof RULE_OPS)[number];

/** One comparison on another answer, possibly negated ("not"). */
export interface Rule {
  field: string;
  op: RuleOp;
  /** As typed: `in` takes values separated by commas. */
  value: string;
  negate: boolean;
}

/** Rules joined by "all of" (and) or "any of" (or); a single rule is written without a join. */
export interface RuleSet {
  combine: 'and' | 'or';
  rules: Rule[];
}

const isRuleOp = (op: unknown): op is RuleOp =>
  typeof op === 'string' && (RULE_OPS as readonly string[]).includes(op);

const literalText = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

function readRule(condition: unknown): Rule | undefined {
  if (typeof condition !== 'object' || condition === null) return undefined;
  const node = condition as DraftCondition;
  if (node.op === 'not') {
    const inner = readRule(node.condition);
    return inner && !inner.negate ? { ...inner, negate: true } : undefined;
  }
  if (!isRuleOp(node.op) || typeof node.field !== 'string') return undefined;
  const value =
    node.op === 'in'
      ? Array.isArray(node.values)
        ? node.values.map(literalText).join(', ')
        : ''
      : node.op === 'before'
        ? literalText(node.date)
        : literalText(node.value);
  return { field: node.field, op: node.op, value, negate: false };
}

/**
 * The rules of a condition the simple controls can show; `complex` for one nested deeper (kept as
 * it is, edited in the YAML), undefined for none.
 */
export function toRuleSet(condition: DraftCondition | undefined): RuleSet | 'complex' | undefined {
  if (condition === undefined) return undefined;
  if (condition.op === 'and' || condition.op === 'or') {
    const list = Array.isArray(condition.conditions) ? condition.conditions : [];
    const rules = list.map(readRule);
    if (rules.some((rule) => rule === undefined)) return 'complex';
    return { combine: condition.op, rules: rules.filter((rule): rule is Rule => rule !== undefined) };
  }
  const rule = readRule(condition);
  return rule ? { combine: 'and', rules: [rule] } : 'complex';
}

/** A typed answer as the engine compares it: numbers for number fields, true/false for yes/no. */
export function literal(value: string, fieldType: string | undefined): string | number | boolean {
  const trimmed = value.trim();
  if (fieldType === 'number' && trimmed !== '' && Number.isFinite(Number(trimmed))) return Number(trimmed);
  if (fieldType === 'yes-no' && (trimmed === 'true' || trimmed === 'false')) return trimmed === 'true';
  return trimmed;
}

function writeRule(rule: Rule, typeOf: (key: string) => string | undefined): DraftCondition {
  const type = typeOf(rule.field);
  const leaf: DraftCondition =
    rule.op === 'filled'
      ? { op: 'filled', field: rule.field }
      : rule.op === 'in'
        ? {
            op: 'in',
            field: rule.field,
            values: rule.value
              .split(',')
              .filter((part) => part.trim() !== '')
              .map((part) => literal(part, type)),
          }
        : rule.op === 'before'
          ? { op: 'before', field: rule.field, date: rule.value.trim() }
          : rule.op === 'greaterThan'
            ? { op: 'greaterThan', field: rule.field, value: literal(rule.value, 'number') }
            : { op: 'equals', field: rule.field, value: literal(rule.value, type) };
  return rule.negate ? { op: 'not', condition: leaf } : leaf;
}

/** The condition the rules stand for; undefined when there are none (always shown / not required). */
export function fromRuleSet(
  set: RuleSet,
  typeOf: (key: string) => string | undefined,
): DraftCondition | undefined {
  if (set.rules.length === 0) return undefined;
  if (set.rules.length === 1 && set.rules[0]) return writeRule(set.rules[0], typeOf);
  return { op: set.combine, conditions: set.rules.map((rule) => writeRule(rule, typeOf)) };
}

/** Where the API names an error of rule `index` (its leaf), for putting the message beside its controls. */
export function rulePath(base: DraftPath, set: RuleSet, index: number): DraftPath {
  const at = set.rules.length > 1 ? [...base, 'conditions', index] : base;
  return set.rules[index]?.negate ? [...at, 'condition'] : at;
}
