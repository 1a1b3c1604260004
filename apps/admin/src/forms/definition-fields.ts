import type { LocalizedText } from '../api/api-types.ts';
import type { Language } from '../i18n/languages.ts';

/** A field of a form definition as the back-office labels an answer with it. */
export interface DefinitionField {
  key: string;
  label: LocalizedText;
  options: { value: unknown; label: LocalizedText }[];
  fields: DefinitionField[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const text = (value: unknown): LocalizedText => {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry) => typeof entry[1] === 'string'));
};

function readField(value: unknown): DefinitionField[] {
  if (!isRecord(value) || typeof value.key !== 'string') return [];
  return [
    {
      key: value.key,
      label: text(value.label),
      options: list(value.options)
        .filter(isRecord)
        .map((option) => ({ value: option.value, label: text(option.label) })),
      fields: list(value.fields).flatMap(readField),
    },
  ];
}

/**
 * The fields of the definition a submission was filled with, in page order. The API sends the
 * definition as JSON; the forms engine is not bundled in the back-office, so only what labels an
 * answer is read, and anything unexpected is skipped.
 */
export function definitionFields(definition: Record<string, unknown>): DefinitionField[] {
  return list(definition.pages)
    .filter(isRecord)
    .flatMap((page) => list(page.sections))
    .filter(isRecord)
    .flatMap((section) => list(section.fields))
    .flatMap(readField);
}

/** A text in `language`, else in the first language it has, else `fallback`. */
export function labelIn(label: LocalizedText, language: Language, fallback: string): string {
  return label[language] ?? Object.values(label).find((value) => typeof value === 'string') ?? fallback;
}

/** One answer as a line of text: choices by their label, yes/no in words. */
export function answerText(
  field: DefinitionField,
  value: unknown,
  language: Language,
  yesNo: readonly [string, string],
): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? yesNo[0] : yesNo[1];
  if (Array.isArray(value)) {
    return value
      .map((item) =>
        isRecord(item)
          ? field.fields.map((inner) => answerText(inner, item[inner.key], language, yesNo)).join(' · ')
          : answerText(field, item, language, yesNo),
      )
      .join(field.fields.length > 0 ? ' / ' : ', ');
  }
  if (isRecord(value)) {
    if (typeof value.accepted === 'boolean') return value.accepted ? yesNo[0] : yesNo[1];
    return Object.values(value)
      .filter((part) => part !== undefined && part !== null && part !== '')
      .map(String)
      .join(' ');
  }
  const option = field.options.find((candidate) => candidate.value === value);
  return option ? labelIn(option.label, language, String(value)) : String(value);
}
