import type { FormDefinition } from '@communa/forms';
import { fileFieldsOf } from '@communa/forms';
import type { EventTypesConfig } from '../schema/event-types.ts';

/** The file fields of the commune's forms, by form key: where an event type's attachments are given. */
export type FormFileFields = ReadonlyMap<string, ReadonlySet<string>>;

/** The file fields of each form given, by form key. */
export const formFileFields = (
  forms: readonly { key: string; definition: Pick<FormDefinition, 'pages'> }[],
): FormFileFields =>
  new Map(
    forms.map((form) => [form.key, new Set(fileFieldsOf(form.definition).map(({ field }) => field.key))]),
  );

/**
 * The attachments no requester could give: their key is not a file field of their type's form (the
 * file is uploaded at that field). Types whose form is unknown are told apart by the form check.
 */
export const attachmentsWithoutField = (
  config: EventTypesConfig,
  fileFields: FormFileFields,
): { type: string; attachment: string; path: (string | number)[]; message: string }[] =>
  config.types.flatMap((type, index) => {
    const fields = fileFields.get(type.form);
    if (fields === undefined) return [];
    return type.attachments.flatMap((attachment, attachmentIndex) =>
      fields.has(attachment.key)
        ? []
        : [
            {
              type: type.key,
              attachment: attachment.key,
              path: ['types', index, 'attachments', attachmentIndex, 'key'],
              message: `no file field "${attachment.key}" in the form ${type.form} to attach it at`,
            },
          ],
    );
  });
