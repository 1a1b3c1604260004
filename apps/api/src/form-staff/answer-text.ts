import type { Field, FormDefinition, SimpleField } from '@communa/forms';
import { labelOf } from '@communa/forms';
import type { Language } from '@communa/tenant-config';

const YES_NO: Record<Language, [string, string]> = {
  fr: ['oui', 'non'],
  nl: ['ja', 'nee'],
  de: ['ja', 'nein'],
  en: ['yes', 'no'],
};

/** Every field of a definition in page order, groups included (their own fields are inside them). */
export function definitionFields(definition: FormDefinition): Field[] {
  return definition.pages.flatMap((page) => page.sections.flatMap((section) => section.fields));
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function optionLabel(field: SimpleField, value: unknown, lang: Language, fallback: Language): string {
  if ('options' in field && Array.isArray(field.options)) {
    const option = field.options.find((candidate) => candidate.value === value);
    if (option) return labelOf(option.label, lang, fallback);
  }
  return String(value);
}

function simpleText(field: SimpleField, value: unknown, lang: Language, fallback: Language): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return YES_NO[lang][value ? 0 : 1];
  if (Array.isArray(value)) return value.map((item) => optionLabel(field, item, lang, fallback)).join(', ');
  if (isRecord(value)) {
    if (typeof value.accepted === 'boolean') return YES_NO[lang][value.accepted ? 0 : 1];
    return Object.values(value)
      .filter((part) => part !== undefined && part !== null && part !== '')
      .map(String)
      .join(' ');
  }
  return optionLabel(field, value, lang, fallback);
}

/** One answer as a line of text, in the reader's language (choices by their label, yes/no in words). */
export function answerText(field: Field, value: unknown, lang: Language, fallback: Language): string {
  if (field.type !== 'group') return simpleText(field, value, lang, fallback);
  if (!Array.isArray(value)) return '';
  return value
    .map((item) =>
      isRecord(item)
        ? field.fields
            .map((inner) => simpleText(inner, item[inner.key], lang, fallback))
            .filter((text) => text !== '')
            .join(' ')
        : '',
    )
    .join(' | ');
}

/** A few words from the first answers, for an inbox line. */
export function answersSummary(
  definition: FormDefinition,
  answers: Record<string, unknown>,
  lang: Language,
  fallback: Language,
): string {
  const text = definitionFields(definition)
    .map((field) => answerText(field, answers[field.key], lang, fallback))
    .filter((part) => part !== '')
    .slice(0, 3)
    .join(' · ');
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}
