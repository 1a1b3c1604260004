import type { FileField, FormDefinition } from '@communa/forms';
import { fileFieldsOf } from '@communa/forms';

/** The file field with this key, or undefined when the form has no such field or it takes no files. */
export const fileField = (definition: FormDefinition, key: string): FileField | undefined =>
  fileFieldsOf(definition).find((entry) => entry.field.key === key)?.field;

export interface FileAnswer {
  fieldKey: string;
  /** Where it sits in the answers, for the error. */
  path: (string | number)[];
  id: string | undefined;
}

const filesIn = (value: unknown): { id?: unknown }[] =>
  Array.isArray(value) ? value.filter((item): item is { id?: unknown } => typeof item === 'object') : [];

/** The files named in cleaned answers, one entry per file, wherever its field sits. */
export function fileAnswers(definition: FormDefinition, answers: Record<string, unknown>): FileAnswer[] {
  const entry = (fieldKey: string, path: (string | number)[], file: { id?: unknown }): FileAnswer => ({
    fieldKey,
    path,
    id: typeof file.id === 'string' ? file.id : undefined,
  });
  return fileFieldsOf(definition).flatMap(({ field, group }) => {
    if (group === undefined)
      return filesIn(answers[field.key]).map((file, index) => entry(field.key, [field.key, index], file));
    const items = Array.isArray(answers[group]) ? (answers[group] as unknown[]) : [];
    return items.flatMap((item, itemIndex) =>
      typeof item === 'object' && item !== null
        ? filesIn((item as Record<string, unknown>)[field.key]).map((file, index) =>
            entry(field.key, [group, itemIndex, field.key, index], file),
          )
        : [],
    );
  });
}
