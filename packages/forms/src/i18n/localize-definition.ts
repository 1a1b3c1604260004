import type { FormDefinition } from '../definition/form-schema.ts';
import { isPlainObject } from '../fields/empty.ts';
import { LANGUAGES, type Language, type LocalizedText, localize } from './localized-text.ts';

/** Properties holding a commune's text, wherever they appear in pages, sections, fields and options. */
const TEXT_KEYS = new Set(['title', 'description', 'label', 'help', 'text', 'itemLabel']);
type TextKey = 'title' | 'description' | 'label' | 'help' | 'text' | 'itemLabel';

/** Conditions and expressions hold no text (a lookup's keys are option values, which may be `label`). */
const OPAQUE_KEYS = new Set(['showIf', 'requiredIf', 'expression']);
type OpaqueKey = 'showIf' | 'requiredIf' | 'expression';

/** A definition with every localized text replaced by the text in one language. */
export type Localized<T> = T extends readonly (infer Item)[]
  ? Localized<Item>[]
  : T extends object
    ? {
        [K in keyof T]: K extends OpaqueKey
          ? T[K]
          : K extends TextKey
            ? undefined extends T[K]
              ? string | undefined
              : string
            : Localized<T[K]>;
      }
    : T;

export type LocalizedDefinition = Localized<FormDefinition>;

const asText = (value: Record<string, unknown>): LocalizedText =>
  Object.fromEntries(
    LANGUAGES.flatMap((language) => {
      const text = value[language];
      return typeof text === 'string' ? [[language, text]] : [];
    }),
  );

const walk = (value: unknown, translate: (text: LocalizedText) => string): unknown => {
  if (Array.isArray(value)) return value.map((item) => walk(item, translate));
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => {
      if (OPAQUE_KEYS.has(key)) return [key, child];
      if (TEXT_KEYS.has(key) && isPlainObject(child)) return [key, translate(asText(child))];
      return [key, walk(child, translate)];
    }),
  );
};

/** The text in `lang`, else in the commune's default language, else in any language it has. */
export const labelOf = (text: LocalizedText, lang: Language, defaultLanguage: Language): string =>
  localize(text, lang, defaultLanguage);

/** The definition as a widget shows it in one language, missing texts falling back to the default language. */
export const localizeDefinition = (
  definition: FormDefinition,
  lang: Language,
  defaultLanguage: Language,
): LocalizedDefinition =>
  // The walk maps exactly the properties `Localized` maps; TypeScript cannot follow a generic walk.
  walk(definition, (text) => localize(text, lang, defaultLanguage)) as LocalizedDefinition;
