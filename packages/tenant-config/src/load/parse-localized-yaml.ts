import type * as z from 'zod';
import type { Language } from '../schema/languages.ts';
import { findTextGaps, type LocalizedField } from '../schema/translation-gaps.ts';
import { type ConfigIssue, dottedPath } from './config-issue.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { yamlErrorMap, zodIssuesToConfigIssues } from './zod-issues.ts';

/** An issue at `path` of the file, with its line and column. */
export type IssueAt = (
  severity: ConfigIssue['severity'],
  path: (string | number)[],
  message: string,
) => ConfigIssue;

export type LocalizedYamlOptions<T> = {
  file: string;
  schema: z.ZodType<T>;
  languages: { offered: readonly Language[]; default: Language };
  /** The texts the commune translates, with where each stands. */
  texts: (config: T) => LocalizedField[];
  /** The file's own checks beyond its schema, once it parsed. */
  check?: (config: T, at: IssueAt, source: YamlSource) => ConfigIssue[];
};

/**
 * A configuration file of a commune checked the same way for every kind: YAML and schema errors
 * with their position, a missing default-language text as an error, the file's own checks, other
 * missing translations as warnings. `config` is set only when there is no error.
 */
export const parseLocalizedYaml = <T>(
  text: string,
  { file, schema, languages, texts, check }: LocalizedYamlOptions<T>,
): { config: T | undefined; issues: ConfigIssue[] } => {
  const source = parseYamlSource(file, text);
  if (source.issues.some((issue) => issue.severity === 'error'))
    return { config: undefined, issues: source.issues };
  const parsed = schema.safeParse(source.value, { error: yamlErrorMap });
  if (!parsed.success) {
    return {
      config: undefined,
      issues: [...source.issues, ...zodIssuesToConfigIssues(source, parsed.error.issues)],
    };
  }
  const config = parsed.data;
  const issues = [...source.issues];
  const at: IssueAt = (severity, path, message) => ({
    severity,
    file,
    ...source.locate(path),
    path: dottedPath(path),
    message,
  });
  const fields = texts(config);
  if (languages.offered.includes(languages.default)) {
    for (const { path, text: localized } of fields) {
      if (localized[languages.default] === undefined)
        issues.push(
          at(
            'error',
            [...path, languages.default],
            `the text in the default language (${languages.default}) is required`,
          ),
        );
    }
  }
  if (check) issues.push(...check(config, at, source));
  // A missing default-language text is already an error above.
  for (const gap of findTextGaps(fields, languages)) {
    if (gap.path.at(-1) !== languages.default) issues.push(at('warning', gap.path, gap.message));
  }
  const failed = issues.some((issue) => issue.severity === 'error');
  return { config: failed ? undefined : config, issues };
};
