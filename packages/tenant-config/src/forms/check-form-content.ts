import { definitionTexts, formDefinitionSchema } from '@communa/forms';
import type * as z from 'zod';
import { canonicalHash } from '../load/canonical-hash.ts';
import { dottedPath } from '../load/config-issue.ts';
import type { Language } from '../schema/languages.ts';
import { findTextGaps, type LocalizedField } from '../schema/translation-gaps.ts';
import { type FormAccess, formAccessSchema } from './form-access.ts';
import type { FormWorkflow } from './form-workflow.ts';
import type { FormContent } from './parse-form-yaml.ts';

/** What a form version is made of; its hash decides whether a change makes a new version. */
export type FormParts = { access: FormAccess; definition: FormContent; workflow: FormWorkflow };

/** sha256 of the canonical JSON of access, definition and workflow: a new hash makes a new version. */
export const formHash = ({ access, definition, workflow }: FormParts): string =>
  canonicalHash({ access, definition, workflow });

/** One reason a definition sent by the back-office is refused, or a translation it lacks. */
export type FormContentIssue = {
  severity: 'error' | 'warning';
  /** Dotted, from the definition (`pages.0.sections.0.fields.1.label.nl`), or `access`. */
  path: string;
  code: string;
  message: string;
};

export type FormContentResult =
  | { ok: true; parts: FormParts; hash: string; warnings: FormContentIssue[] }
  | { ok: false; issues: FormContentIssue[] };

/** Texts in the default language are required: it is what citizens get when theirs is missing. */
export const defaultLanguageGaps = (
  texts: readonly LocalizedField[],
  languages: { offered: readonly Language[]; default: Language },
): { path: (string | number)[]; message: string }[] =>
  languages.offered.includes(languages.default)
    ? texts
        .filter(({ text }) => text[languages.default] === undefined)
        .map(({ path }) => ({
          path: [...path, languages.default],
          message: `the text in the default language (${languages.default}) is required`,
        }))
    : [];

/** Zod issues as content issues: one per unknown key, a refinement's own `params.code` when it has one. */
export const zodContentIssues = (issues: readonly z.core.$ZodIssue[], prefix: string[]): FormContentIssue[] =>
  issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path.filter((segment) => typeof segment !== 'symbol')];
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        severity: 'error' as const,
        path: dottedPath([...path, key]),
        code: 'unknown_key',
        message: `unknown key "${key}"`,
      }));
    const code =
      issue.code === 'custom' && typeof issue.params?.code === 'string' ? issue.params.code : issue.code;
    return [{ severity: 'error' as const, path: dottedPath(path), code, message: issue.message }];
  });

/**
 * Checks a form sent as JSON (the back-office's editor) with the same schema, engine checks and
 * translation rules as a forms/<key>.yaml file, and hashes it the same way: what the editor saves is
 * what the file would have made. The workflow is the form's own (the editor does not change it).
 */
export const checkFormContent = (
  input: { access: unknown; definition: Record<string, unknown> },
  context: {
    key: string;
    workflow: FormWorkflow;
    languages: { offered: readonly Language[]; default: Language };
  },
): FormContentResult => {
  const issues: FormContentIssue[] = [];
  for (const [name, message] of [
    ['key', 'is the form’s key: leave it out'],
    ['version', 'is numbered on each change: leave it out'],
  ] as const)
    if (name in input.definition)
      issues.push({ severity: 'error', path: name, code: 'not_allowed', message });
  const access = formAccessSchema.safeParse(input.access);
  if (!access.success) issues.push(...zodContentIssues(access.error.issues, ['access']));
  const definition = formDefinitionSchema.safeParse({ ...input.definition, key: context.key, version: 1 });
  if (!definition.success) issues.push(...zodContentIssues(definition.error.issues, []));
  if (!access.success || !definition.success || issues.length > 0) return { ok: false, issues };

  const texts = definitionTexts(definition.data);
  const missing = defaultLanguageGaps(texts, context.languages);
  if (missing.length > 0)
    return {
      ok: false,
      issues: missing.map(({ path, message }) => ({
        severity: 'error',
        path: dottedPath(path),
        code: 'missing_default_text',
        message,
      })),
    };
  const warnings = findTextGaps(texts, context.languages)
    .filter((gap) => gap.path.at(-1) !== context.languages.default)
    .map(({ path, message }) => ({
      severity: 'warning' as const,
      path: dottedPath(path),
      code: 'missing_translation',
      message,
    }));
  const { version: _numberedOnSave, ...content } = definition.data;
  const parts = { access: access.data, definition: content, workflow: context.workflow };
  return { ok: true, parts, hash: formHash(parts), warnings };
};
