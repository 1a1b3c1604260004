import type { FormDefinition } from '@communa/forms';

type Fields = FormDefinition['pages'][number]['sections'][number]['fields'];
type FileField = Extract<Fields[number], { type: 'file' }>;

/** Every file field of a definition, those in repeated groups too, with the group's key. */
type PlacedFileField = { field: FileField; group: string | undefined };

function fileFields(definition: FormDefinition): PlacedFileField[] {
  return definition.pages.flatMap((page) =>
    page.sections.flatMap((section) =>
      section.fields.flatMap((field): PlacedFileField[] => {
        if (field.type === 'file') return [{ field, group: undefined }];
        if (field.type !== 'group') return [];
        return field.fields.flatMap((inner) =>
          inner.type === 'file' ? [{ field: inner, group: field.key }] : [],
        );
      }),
    ),
  );
}

/** The file field with this key, or undefined when the form has no such field or it takes no files. */
export const fileField = (definition: FormDefinition, key: string): FileField | undefined =>
  fileFields(definition).find((entry) => entry.field.key === key)?.field;

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
  return fileFields(definition).flatMap(({ field, group }) => {
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
