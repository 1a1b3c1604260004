import type { LocalizedText } from '../api/api-types.ts';
import type { DefinitionField } from '../forms/definition-fields.ts';

/** A file the requester attached, as a file answer names it, with the field it was given for. */
export interface RequestFile {
  fieldKey: string;
  fieldLabel: LocalizedText;
  id: string;
  name: string;
  size: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// A file answer is the upload as the API answered it: `{ id, name, type, size }`.
const filesIn = (field: DefinitionField, value: unknown): RequestFile[] =>
  (Array.isArray(value) ? value : []).flatMap((item) =>
    isRecord(item) &&
    typeof item.id === 'string' &&
    typeof item.name === 'string' &&
    typeof item.size === 'number'
      ? [{ fieldKey: field.key, fieldLabel: field.label, id: item.id, name: item.name, size: item.size }]
      : [],
  );

/** Whether an answer is a list of files, so it is shown as links rather than as text. */
export const isFileAnswer = (field: DefinitionField, value: unknown): boolean =>
  field.fields.length === 0 && filesIn(field, value).length > 0;

/** The files named in a request's answers, in the form's order, those of repeated groups too. */
export function requestFiles(
  fields: readonly DefinitionField[],
  answers: Record<string, unknown>,
): RequestFile[] {
  return fields.flatMap((field) => {
    const value = answers[field.key];
    if (field.fields.length === 0) return filesIn(field, value);
    return (Array.isArray(value) ? value : []).flatMap((item) =>
      isRecord(item) ? field.fields.flatMap((inner) => filesIn(inner, item[inner.key])) : [],
    );
  });
}
