import { defaultLanguageGaps, type FormContentIssue, zodContentIssues } from '../forms/check-form-content.ts';
import { dottedPath } from '../load/config-issue.ts';
import { eventTexts } from '../load/parse-event-types-yaml.ts';
import { type EventTypesConfig, eventTypesConfigSchema } from '../schema/event-types.ts';
import type { Language } from '../schema/languages.ts';
import { findTextGaps } from '../schema/translation-gaps.ts';
import type { FormFileFields } from './attachments-without-field.ts';
import { attachmentsWithoutField } from './attachments-without-field.ts';

export type EventTypesContentResult =
  | { ok: true; config: EventTypesConfig; warnings: FormContentIssue[] }
  | { ok: false; issues: FormContentIssue[] };

/**
 * Checks an event configuration sent as JSON (the back-office's editor) with the same schema, form
 * check and translation rules as an event-types.yaml file: what the editor saves is what the file
 * would have made. Paths are those of the file (`types.2.opinions.0`).
 */
export const checkEventTypesContent = (
  input: unknown,
  context: {
    languages: { offered: readonly Language[]; default: Language };
    /** Keys of the commune's active forms. */
    formKeys: ReadonlySet<string>;
    /** The file fields of those forms, where the types' attachments are given. */
    fileFields: FormFileFields;
  },
): EventTypesContentResult => {
  const parsed = eventTypesConfigSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: zodContentIssues(parsed.error.issues, []) };
  const config = parsed.data;
  const texts = eventTexts(config);
  const issues: FormContentIssue[] = [
    ...defaultLanguageGaps(texts, context.languages).map(({ path, message }) => ({
      severity: 'error' as const,
      path: dottedPath(path),
      code: 'missing_default_text',
      message,
    })),
    ...config.types.flatMap((type, index) =>
      context.formKeys.has(type.form)
        ? []
        : [
            {
              severity: 'error' as const,
              path: dottedPath(['types', index, 'form']),
              code: 'unknown_form',
              message: `no form ${type.form} in this commune`,
            },
          ],
    ),
    ...attachmentsWithoutField(config, context.fileFields).map(({ path, message }) => ({
      severity: 'error' as const,
      path: dottedPath(path),
      code: 'attachment_without_field',
      message,
    })),
  ];
  if (issues.length > 0) return { ok: false, issues };
  const warnings = findTextGaps(texts, context.languages)
    .filter((gap) => gap.path.at(-1) !== context.languages.default)
    .map(({ path, message }) => ({
      severity: 'warning' as const,
      path: dottedPath(path),
      code: 'missing_translation',
      message,
    }));
  return { ok: true, config, warnings };
};
