import { definitionTexts, type FormDefinition, formDefinitionSchema } from '@communa/forms';
import { type ConfigIssue, dottedPath } from '../load/config-issue.ts';
import { parseYamlSource } from '../load/yaml-source.ts';
import { yamlErrorMap, zodIssuesToConfigIssues } from '../load/zod-issues.ts';
import type { Language } from '../schema/languages.ts';
import { findTextGaps, type LocalizedField } from '../schema/translation-gaps.ts';
import { defaultLanguageGaps, formHash } from './check-form-content.ts';
import { type FormAccess, formAccessSchema } from './form-access.ts';
import {
  DEFAULT_FORM_WORKFLOW,
  type FormWorkflow,
  formWorkflowSchema,
  workflowTexts,
} from './form-workflow.ts';

/** A form's definition as written: versions are numbered by tenants:apply, not in the file. */
export type FormContent = Omit<FormDefinition, 'version'>;

/** One form of a commune, from tenants/<slug>/forms/<key>.yaml. */
export type LoadedForm = {
  key: string;
  file: string;
  access: FormAccess;
  definition: FormContent;
  workflow: FormWorkflow;
  /** sha256 of the canonical JSON of access, definition and workflow: a new hash makes a new version. */
  hash: string;
};

export type FormContext = {
  file: string;
  /** The file name without `.yaml`. */
  key: string;
  languages: { offered: readonly Language[]; default: Language };
};

export type ParsedFormYaml = { form: LoadedForm | undefined; issues: ConfigIssue[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks one form file: the engine's definition (without `key` and `version`) beside `access` and an
 * optional `workflow` (the default one otherwise). Errors are positioned like the other files'; a
 * missing translation is a warning (citizens get the default language's text).
 */
export const parseFormYaml = (text: string, { file, key, languages }: FormContext): ParsedFormYaml => {
  const source = parseYamlSource(file, text);
  if (source.issues.some((issue) => issue.severity === 'error'))
    return { form: undefined, issues: source.issues };
  const issues = [...source.issues];
  const at = (
    severity: ConfigIssue['severity'],
    path: (string | number)[],
    message: string,
  ): ConfigIssue => ({
    severity,
    file,
    ...source.locate(path),
    path: dottedPath(path),
    message,
  });
  if (!isRecord(source.value))
    return { form: undefined, issues: [...issues, at('error', [], 'must be a map of keys and values')] };
  const { access: rawAccess, workflow: rawWorkflow, ...rawDefinition } = source.value;
  if ('key' in rawDefinition)
    issues.push({ ...at('error', ['key'], 'is the file name: leave it out'), ...source.locateKey(['key']) });
  if ('version' in rawDefinition)
    issues.push({
      ...at('error', ['version'], 'is numbered by tenants:apply on each change: leave it out'),
      ...source.locateKey(['version']),
    });

  const access = formAccessSchema.safeParse(rawAccess, { error: yamlErrorMap });
  if (!access.success)
    issues.push(...zodIssuesToConfigIssues(source, prefixed(access.error.issues, 'access')));
  const workflow =
    rawWorkflow === undefined
      ? ({ success: true, data: DEFAULT_FORM_WORKFLOW } as const)
      : formWorkflowSchema.safeParse(rawWorkflow, { error: yamlErrorMap });
  if (!workflow.success)
    issues.push(...zodIssuesToConfigIssues(source, prefixed(workflow.error.issues, 'workflow')));
  const definition = formDefinitionSchema.safeParse(
    { ...rawDefinition, key, version: 1 },
    { error: yamlErrorMap },
  );
  if (!definition.success) issues.push(...zodIssuesToConfigIssues(source, definition.error.issues));
  if (!access.success || !workflow.success || !definition.success || hasError(issues))
    return { form: undefined, issues };

  const texts: LocalizedField[] = [
    ...definitionTexts(definition.data),
    ...(rawWorkflow === undefined
      ? []
      : workflowTexts(workflow.data).map(({ path, text }) => ({ path: ['workflow', ...path], text }))),
  ];
  for (const { path, message } of defaultLanguageGaps(texts, languages))
    issues.push(at('error', path, message));
  for (const gap of findTextGaps(texts, languages))
    if (gap.path.at(-1) !== languages.default) issues.push(at('warning', gap.path, gap.message));
  if (hasError(issues)) return { form: undefined, issues };

  const { version: _numberedOnApply, ...content } = definition.data;
  const form = { key, file, access: access.data, definition: content, workflow: workflow.data };
  return { form: { ...form, hash: formHash(form) }, issues };
};

const hasError = (issues: readonly ConfigIssue[]): boolean =>
  issues.some((issue) => issue.severity === 'error');

/** Issues of a part of the file, with the part's key in front of their paths. */
const prefixed = <Issue extends { path: PropertyKey[] }>(issues: readonly Issue[], key: string): Issue[] =>
  issues.map((issue) => ({ ...issue, path: [key, ...issue.path] }));
