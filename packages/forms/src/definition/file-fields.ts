import type { FormDefinition } from './form-schema.ts';

type Fields = FormDefinition['pages'][number]['sections'][number]['fields'];
export type FileField = Extract<Fields[number], { type: 'file' }>;

/** A file field and the key of the repeated group it sits in, if any. */
export type PlacedFileField = { field: FileField; group: string | undefined };

/** Every file field of a definition, those in repeated groups too. */
export function fileFieldsOf(definition: Pick<FormDefinition, 'pages'>): PlacedFileField[] {
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
