import type { FormDefinition } from '@communa/forms';

type Page = FormDefinition['pages'][number];
type Section = Page['sections'][number];
type Field = Section['fields'][number];

/**
 * The type's form as its requester fills it. A form shared by several event types holds a file
 * field for each attachment any of them asks for (the field's key is the attachment's): only the
 * chosen type's are kept, and each is required, as the API requires it on submission. Sections
 * and pages left without fields go too.
 */
export function typeForm(
  definition: FormDefinition,
  attachments: readonly { key: string }[],
): FormDefinition {
  const asked = new Set(attachments.map((attachment) => attachment.key));
  const pages = definition.pages.flatMap((page): Page[] => {
    const sections = page.sections.flatMap((section): Section[] => {
      const fields = section.fields.flatMap((field): Field[] => {
        if (field.type !== 'file') return [field];
        return asked.has(field.key) ? [{ ...field, required: true }] : [];
      });
      return fields.length > 0 ? [{ ...section, fields }] : [];
    });
    return sections.length > 0 ? [{ ...page, sections }] : [];
  });
  return { ...definition, pages };
}
