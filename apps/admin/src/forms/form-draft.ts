import type { Language } from '../i18n/languages.ts';

/**
 * A form definition as the editor holds it while it is changed: the JSON the API sends (without
 * `key` and `version`). Only what the editor shows is typed; every other property of a field (a
 * group's fields, a file's types…) is kept as it came, so saving never loses it. The API checks
 * the whole with the forms engine.
 */
export type DraftText = Partial<Record<Language, string>>;

export type DraftCondition = { op: string; [property: string]: unknown };

export interface DraftOption {
  value: string;
  label: DraftText;
  [property: string]: unknown;
}

export interface DraftField {
  key: string;
  type: string;
  label: DraftText;
  help?: DraftText;
  required?: boolean;
  showIf?: DraftCondition;
  requiredIf?: DraftCondition;
  options?: DraftOption[];
  [property: string]: unknown;
}

export interface DraftSection {
  title?: DraftText;
  showIf?: DraftCondition;
  fields: DraftField[];
  [property: string]: unknown;
}

export interface DraftPage {
  title: DraftText;
  showIf?: DraftCondition;
  sections: DraftSection[];
  [property: string]: unknown;
}

export interface DraftDefinition {
  title: DraftText;
  description?: DraftText;
  pages: DraftPage[];
  [property: string]: unknown;
}

/** The field types of the forms engine the editor offers, in the order of its list. */
export const EDITOR_FIELD_TYPES = [
  'short-text',
  'long-text',
  'number',
  'date',
  'date-range',
  'time',
  'single-choice',
  'multiple-choice',
  'yes-no',
  'email',
  'phone',
  'address',
  'niss',
  'iban',
  'structured-communication',
  'company-number',
  'file',
  'consent',
  'group',
] as const;

export const CHOICE_TYPES: ReadonlySet<string> = new Set(['single-choice', 'multiple-choice']);
export const TEXT_TYPES: ReadonlySet<string> = new Set(['short-text', 'long-text']);

/** Where a thing is in the definition: `pages.0.sections.1.fields.2`, as the API names errors. */
export type DraftPath = (string | number)[];

export const pathId = (path: DraftPath): string => ['d', ...path].join('-');

/** What the properties common to every field are: the rest belongs to the old type when it changes. */
const BASE_KEYS = new Set(['key', 'type', 'label', 'help', 'required', 'requiredIf', 'showIf']);

/** A field given another type: its base properties kept, the ones of the old type dropped. */
export function retype(field: DraftField, type: string): DraftField {
  const base = Object.fromEntries(Object.entries(field).filter(([name]) => BASE_KEYS.has(name)));
  return {
    ...(base as Pick<DraftField, 'key' | 'label'>),
    type,
    ...(CHOICE_TYPES.has(type) ? { options: field.options ?? [{ value: 'a', label: {} }] } : {}),
    ...(type === 'consent' ? { text: {} } : {}),
    ...(type === 'group' ? { fields: [], max: 10 } : {}),
  } as DraftField;
}

/** A new item's position in a list after moving it by `by` (−1 up, +1 down), if it can move. */
export function moved<T>(items: readonly T[], index: number, by: -1 | 1): T[] | undefined {
  const target = index + by;
  if (target < 0 || target >= items.length) return undefined;
  const copy = [...items];
  const [item] = copy.splice(index, 1);
  if (item === undefined) return undefined;
  copy.splice(target, 0, item);
  return copy;
}

/** Every field key of the definition, with its type, in page order (conditions name them). */
export function fieldKeys(definition: DraftDefinition): { key: string; type: string; field: DraftField }[] {
  return definition.pages.flatMap((page) =>
    page.sections.flatMap((section) =>
      section.fields.map((field) => ({ key: field.key, type: field.type, field })),
    ),
  );
}

/** A key not used yet, from a stem: `field`, `field2`, `field3`… */
export function freshKey(definition: DraftDefinition, stem: string): string {
  const used = new Set(fieldKeys(definition).map((entry) => entry.key));
  if (!used.has(stem)) return stem;
  for (let n = 2; ; n += 1) if (!used.has(`${stem}${n}`)) return `${stem}${n}`;
}

/** Each localized text of the definition with its path, as the engine lists them. */
export function draftTexts(definition: DraftDefinition): { path: DraftPath; text: DraftText }[] {
  const optional = (text: DraftText | undefined, path: DraftPath) => (text ? [{ path, text }] : []);
  return [
    { path: ['title'], text: definition.title },
    ...optional(definition.description, ['description']),
    ...definition.pages.flatMap((page, p) => [
      { path: ['pages', p, 'title'], text: page.title },
      ...page.sections.flatMap((section, s) => [
        ...optional(section.title, ['pages', p, 'sections', s, 'title']),
        ...section.fields.flatMap((field, f) => {
          const at: DraftPath = ['pages', p, 'sections', s, 'fields', f];
          return [
            { path: [...at, 'label'], text: field.label },
            ...optional(field.help, [...at, 'help']),
            ...(field.options ?? []).map((option, o) => ({
              path: [...at, 'options', o, 'label'],
              text: option.label,
            })),
          ];
        }),
      ]),
    ]),
  ];
}

/** Texts without a version in one of `languages` (the default one's absence is an error on save). */
export function missingTexts(
  definition: DraftDefinition,
  languages: readonly Language[],
): { path: DraftPath; language: Language }[] {
  return draftTexts(definition).flatMap(({ path, text }) =>
    languages
      .filter((language) => !text[language]?.trim())
      .map((language) => ({ path: [...path, language], language })),
  );
}

/** A text in `language`, else in `fallback`, else any; `missing` tells whether it fell back. */
export function textIn(
  text: DraftText | undefined,
  language: Language,
  fallback: Language,
): { text: string; missing: boolean } {
  const own = text?.[language]?.trim();
  if (own) return { text: own, missing: false };
  const other = text?.[fallback]?.trim() ?? Object.values(text ?? {}).find((value) => value?.trim());
  return { text: other ?? '', missing: true };
}

/** A localized text with one language changed; an emptied language is removed. */
export function withText(text: DraftText | undefined, language: Language, value: string): DraftText {
  const { [language]: _old, ...rest } = text ?? {};
  return value.trim() === '' ? rest : { ...rest, [language]: value };
}

/** The value at `path` in the definition, for the editor's generic updates. */
export function getAt(root: unknown, path: DraftPath): unknown {
  let node = root;
  for (const step of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}

/** A copy of the definition with the value at `path` replaced (undefined removes a property). */
export function setAt<T>(root: T, path: DraftPath, value: unknown): T {
  const [step, ...rest] = path;
  if (step === undefined) return value as T;
  const node = root as unknown;
  const next = rest.length === 0 ? value : setAt(getAt(node, [step]), rest, value);
  if (Array.isArray(node)) {
    const copy = [...node];
    copy[Number(step)] = next;
    return copy as T;
  }
  const copy = { ...(node as Record<string, unknown>) };
  if (next === undefined) delete copy[String(step)];
  else copy[String(step)] = next;
  return copy as T;
}

/** A new form's starting point: one page, one section, one field, titled in the default language. */
export function starterDefinition(
  title: string,
  language: Language,
  labels: { page: string; field: string },
): DraftDefinition {
  return {
    title: { [language]: title },
    pages: [
      {
        title: { [language]: labels.page },
        sections: [
          {
            fields: [
              { key: 'name', type: 'short-text', required: true, label: { [language]: labels.field } },
            ],
          },
        ],
      },
    ],
  };
}
