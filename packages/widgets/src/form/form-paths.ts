import type { LocalizedDefinition } from '@communa/forms';

export type LocalizedField = LocalizedDefinition['pages'][number]['sections'][number]['fields'][number];
export type LocalizedGroupField = Extract<LocalizedField, { type: 'group' }>;
export type LocalizedSimpleField = Exclude<LocalizedField, { type: 'group' }>;

/** The parts of a field answered in several inputs, in the order they are shown. */
export const SUB_CONTROLS: Partial<Record<LocalizedSimpleField['type'], readonly string[]>> = {
  address: ['street', 'number', 'box', 'postalCode', 'city', 'country'],
  'date-range': ['start', 'end'],
};

/** Where a top-level field sits: its page and the field itself. */
export type FieldPlace = { page: number; field: LocalizedField };

/** Every top-level field of a definition by key, with its page. */
export function fieldPlaces(definition: LocalizedDefinition): Map<string, FieldPlace> {
  const places = new Map<string, FieldPlace>();
  definition.pages.forEach((page, index) => {
    for (const section of page.sections) {
      for (const field of section.fields) places.set(field.key, { page: index, field });
    }
  });
  return places;
}

/**
 * The DOM id of the control at a dotted answer path (`people.1.birthDate` → `f-people-1-birthDate`).
 * A scope keeps ids apart when one root shows the same form several times (once per child).
 */
export function controlId(path: string, scope?: string): string {
  const id = path.replaceAll('.', '-');
  return scope ? `f-${scope}-${id}` : `f-${id}`;
}

/** The id of the message shown at a control. */
export function errorId(path: string, scope?: string): string {
  return `${controlId(path, scope)}-error`;
}

/** Where an error is shown and which field it is about. */
export interface ErrorTarget {
  /** The path of the control that shows the message and receives focus. */
  control: string;
  /** The field the error is about (inside a group, the item's field). */
  field: LocalizedField | undefined;
  /** The group item (0-based) when the field is inside a group. */
  item?: { group: LocalizedGroupField; index: number };
  /** The part of a composite field (`postalCode`, `end`). */
  part?: string;
}

/** The control a composite field's own errors go to: its first input. */
function fieldControl(field: LocalizedSimpleField, path: string): string {
  const first = SUB_CONTROLS[field.type]?.[0];
  return first ? `${path}.${first}` : path;
}

function simpleTarget(field: LocalizedSimpleField, path: string, rest: readonly string[]): ErrorTarget {
  const part = rest[0];
  if (part !== undefined && SUB_CONTROLS[field.type]?.includes(part)) {
    return { control: `${path}.${part}`, field, part };
  }
  return { control: fieldControl(field, path), field };
}

/**
 * The control an error path points at: the input of a simple field, the part of an address or a
 * date range, the field of a group item, or the group's "add" button for the group's own errors.
 * Paths the form does not know (the whole answers) go nowhere and are listed in the summary only.
 */
export function errorTarget(places: ReadonlyMap<string, FieldPlace>, path: string): ErrorTarget {
  const [key = '', ...rest] = path.split('.');
  const field = places.get(key)?.field;
  if (field === undefined) return { control: '', field: undefined };
  if (field.type !== 'group') return simpleTarget(field, key, rest);
  const [index, childKey, ...childRest] = rest;
  const child = field.fields.find((candidate) => candidate.key === childKey);
  if (index === undefined || !/^\d+$/.test(index) || child === undefined) {
    return { control: `${key}.add`, field };
  }
  return {
    ...simpleTarget(child, `${key}.${index}.${child.key}`, childRest),
    item: { group: field, index: Number(index) },
  };
}
