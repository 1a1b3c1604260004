import type * as z from 'zod';
import { expressionReferences } from '../computed/references.ts';
import { conditionLeaves } from '../conditions/leaves.ts';
import type { Condition } from '../conditions/schema.ts';
import type { GroupField } from '../fields/field-schema.ts';
import { findCycles } from './check-cycles.ts';
import { conditionTargetProblem, type Target } from './condition-targets.ts';
import { buildFormIndex, type DefinitionPath, type FormIndex } from './form-index.ts';
import type { FormDefinition } from './form-schema.ts';

type Report = (path: DefinitionPath, message: string) => void;

/** Where a reference is written: inside a group's field, only that group's fields are answered alongside. */
type Scope = { group: GroupField | undefined };

const checkDuplicateKeys = (definition: FormDefinition, index: FormIndex, report: Report) => {
  const seen = new Map<string, DefinitionPath>();
  const claim = (key: string, path: DefinitionPath) => {
    const first = seen.get(key);
    if (first === undefined) seen.set(key, path);
    else report([...path, 'key'], `key ${key} is already used at ${first.join('.')}`);
  };
  for (const entry of index.all) claim(entry.field.key, entry.path);
  definition.computed.forEach((value, computedIndex) => {
    claim(value.key, ['computed', computedIndex]);
  });
};

const resolveTarget = (
  key: string,
  index: FormIndex,
  scope: Scope,
  report: (message: string) => void,
): Target | undefined => {
  const entry = index.fields.get(key);
  if (entry === undefined) {
    if (index.computed.has(key)) return { kind: 'computed' };
    report(`${key} is not a field or computed value of this form`);
    return undefined;
  }
  if (entry.group !== undefined && entry.group.key !== scope.group?.key) {
    report(`${key} is inside the group ${entry.group.key}: only that group's fields can refer to it`);
    return undefined;
  }
  return { kind: 'field', field: entry.field };
};

const checkCondition = (
  condition: Condition,
  path: DefinitionPath,
  scope: Scope,
  index: FormIndex,
  report: Report,
) => {
  for (const { leaf, path: leafPath } of conditionLeaves(condition)) {
    const where = [...path, ...leafPath, 'field'];
    const target = resolveTarget(leaf.field, index, scope, (message) => report(where, message));
    if (target === undefined) continue;
    const problem = conditionTargetProblem(leaf, target);
    if (problem !== undefined) report([...path, ...leafPath], problem);
  }
};

const checkConditions = (definition: FormDefinition, index: FormIndex, report: Report) => {
  definition.pages.forEach((page, pageIndex) => {
    if (page.showIf !== undefined)
      checkCondition(page.showIf, ['pages', pageIndex, 'showIf'], { group: undefined }, index, report);
    page.sections.forEach((section, sectionIndex) => {
      if (section.showIf === undefined) return;
      checkCondition(
        section.showIf,
        ['pages', pageIndex, 'sections', sectionIndex, 'showIf'],
        { group: undefined },
        index,
        report,
      );
    });
  });
  for (const entry of index.all) {
    const scope = { group: entry.group };
    const { showIf, requiredIf } = entry.field;
    if (showIf !== undefined) checkCondition(showIf, [...entry.path, 'showIf'], scope, index, report);
    if (requiredIf !== undefined)
      checkCondition(requiredIf, [...entry.path, 'requiredIf'], scope, index, report);
  }
};

const checkComputed = (definition: FormDefinition, index: FormIndex, report: Report) => {
  const scope = { group: undefined };
  definition.computed.forEach((value, computedIndex) => {
    const base = ['computed', computedIndex, 'expression'];
    for (const reference of expressionReferences(value.expression)) {
      if (reference.kind === 'condition') {
        checkCondition(reference.condition, [...base, ...reference.path], scope, index, report);
        continue;
      }
      const { expression } = reference;
      const where = [...base, ...reference.path, 'field'];
      const target = resolveTarget(expression.field, index, scope, (message) => report(where, message));
      if (target === undefined) continue;
      const field = target.kind === 'field' ? target.field : undefined;
      if (expression.op === 'field' && field !== undefined && !(field.type === 'number' && field.integer)) {
        report(where, `${expression.field} must be a number field with integer: true, or a computed value`);
      }
      if (expression.op === 'count' && field?.type !== 'group')
        report(where, `${expression.field} must be a group`);
      if (expression.op === 'lookup') {
        if (field?.type !== 'single-choice' && field?.type !== 'multiple-choice') {
          report(where, `${expression.field} must be a single-choice or multiple-choice field`);
          continue;
        }
        const options = new Set(field.options.map((option) => option.value));
        for (const option of Object.keys(expression.values)) {
          if (!options.has(option)) {
            report(
              [...base, ...reference.path, 'values', option],
              `${option} is not an option of ${expression.field}`,
            );
          }
        }
      }
    }
  });
};

/** Checks what the shape alone cannot: unique keys, references, types of comparisons, and cycles. */
export const checkDefinition = (definition: FormDefinition, context: z.RefinementCtx<FormDefinition>) => {
  const report: Report = (path, message) => context.addIssue({ code: 'custom', path, message });
  const index = buildFormIndex(definition);
  checkDuplicateKeys(definition, index, report);
  checkConditions(definition, index, report);
  checkComputed(definition, index, report);
  for (const cycle of findCycles(index)) report(cycle.path, `makes a cycle: ${cycle.keys.join(' → ')}`);
};
