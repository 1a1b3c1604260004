import { expressionReferences } from '../computed/references.ts';
import { conditionLeaves } from '../conditions/leaves.ts';
import type { DefinitionPath, FormIndex, PlacedCondition } from './form-index.ts';

type Edge = { to: string; path: DefinitionPath };

/**
 * Whether a field is shown depends on the answers its conditions (and its page's and section's)
 * name; a group's answer depends on its fields; a computed value on what it reads. A cycle in
 * that graph has no answer, so it is a definition error, reported at the condition closing it.
 */
const dependencies = (index: FormIndex): Map<string, Edge[]> => {
  const graph = new Map<string, Edge[]>();
  const link = (from: string, to: string, path: DefinitionPath) => {
    if (!index.fields.has(to) && !index.computed.has(to)) return;
    const edges = graph.get(from) ?? [];
    edges.push({ to, path });
    graph.set(from, edges);
  };
  const linkConditions = (from: string, conditions: PlacedCondition[]) => {
    for (const { condition, path } of conditions) {
      for (const { leaf, path: leafPath } of conditionLeaves(condition))
        link(from, leaf.field, [...path, ...leafPath, 'field']);
    }
  };
  for (const entry of index.all) {
    const { field, group } = entry;
    const groupEntry = group === undefined ? undefined : index.fields.get(group.key);
    linkConditions(field.key, [
      ...entry.containers,
      ...(group?.showIf === undefined || groupEntry === undefined
        ? []
        : [{ condition: group.showIf, path: [...groupEntry.path, 'showIf'] }]),
      ...(field.showIf === undefined ? [] : [{ condition: field.showIf, path: [...entry.path, 'showIf'] }]),
    ]);
    if (field.type === 'group') {
      field.fields.forEach((child, childIndex) => {
        link(field.key, child.key, [...entry.path, 'fields', childIndex]);
      });
    }
  }
  for (const [key, { value, path }] of index.computed) {
    const base = [...path, 'expression'];
    for (const reference of expressionReferences(value.expression)) {
      if (reference.kind === 'expression')
        link(key, reference.expression.field, [...base, ...reference.path, 'field']);
      else linkConditions(key, [{ condition: reference.condition, path: [...base, ...reference.path] }]);
    }
  }
  return graph;
};

export const findCycles = (index: FormIndex): { keys: string[]; path: DefinitionPath }[] => {
  const graph = dependencies(index);
  const cycles: { keys: string[]; path: DefinitionPath }[] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (key: string) => {
    stack.push(key);
    for (const edge of graph.get(key) ?? []) {
      const onStack = stack.indexOf(edge.to);
      if (onStack !== -1) cycles.push({ keys: [...stack.slice(onStack), edge.to], path: edge.path });
      else if (!done.has(edge.to)) visit(edge.to);
    }
    stack.pop();
    done.add(key);
  };
  for (const key of [...index.fields.keys(), ...index.computed.keys()]) if (!done.has(key)) visit(key);
  return cycles;
};
