import type { ComputedValue } from '../computed/schema.ts';
import type { Condition } from '../conditions/schema.ts';
import type { Field, GroupField } from '../fields/field-schema.ts';
import type { FormDefinition } from './form-schema.ts';

export type DefinitionPath = (string | number)[];

export type PlacedCondition = { condition: Condition; path: DefinitionPath };

/** A field with where it sits: its path, its page, its group and the conditions of its page and section. */
export type FieldEntry = {
  field: Field;
  path: DefinitionPath;
  page: number;
  /** The repeated group holding it, for the fields of a group. */
  group: GroupField | undefined;
  containers: PlacedCondition[];
};

export type FormIndex = {
  /** Fields answered at the top level of the answers, in definition order. */
  topLevel: FieldEntry[];
  /** Every field, a group's fields right after their group. */
  all: FieldEntry[];
  /** First field with each key (duplicates are a definition error). */
  fields: Map<string, FieldEntry>;
  computed: Map<string, { value: ComputedValue; path: DefinitionPath }>;
};

const placed = (condition: Condition | undefined, path: DefinitionPath): PlacedCondition[] =>
  condition === undefined ? [] : [{ condition, path }];

export const buildFormIndex = (definition: Pick<FormDefinition, 'pages' | 'computed'>): FormIndex => {
  const index: FormIndex = { topLevel: [], all: [], fields: new Map(), computed: new Map() };
  const add = (entry: FieldEntry) => {
    index.all.push(entry);
    if (!index.fields.has(entry.field.key)) index.fields.set(entry.field.key, entry);
  };
  definition.pages.forEach((page, pageIndex) => {
    const pagePath = ['pages', pageIndex];
    page.sections.forEach((section, sectionIndex) => {
      const sectionPath = [...pagePath, 'sections', sectionIndex];
      const containers = [
        ...placed(page.showIf, [...pagePath, 'showIf']),
        ...placed(section.showIf, [...sectionPath, 'showIf']),
      ];
      section.fields.forEach((field, fieldIndex) => {
        const path = [...sectionPath, 'fields', fieldIndex];
        const entry: FieldEntry = { field, path, page: pageIndex, group: undefined, containers };
        index.topLevel.push(entry);
        add(entry);
        if (field.type !== 'group') return;
        field.fields.forEach((child, childIndex) => {
          add({
            field: child,
            path: [...path, 'fields', childIndex],
            page: pageIndex,
            group: field,
            containers,
          });
        });
      });
    });
  });
  definition.computed.forEach((value, computedIndex) => {
    if (!index.computed.has(value.key))
      index.computed.set(value.key, { value, path: ['computed', computedIndex] });
  });
  return index;
};

const cache = new WeakMap<object, FormIndex>();

/** Definitions are immutable once parsed, so their index is built once. */
export const formIndex = (definition: FormDefinition): FormIndex => {
  const cached = cache.get(definition);
  if (cached !== undefined) return cached;
  const built = buildFormIndex(definition);
  cache.set(definition, built);
  return built;
};
