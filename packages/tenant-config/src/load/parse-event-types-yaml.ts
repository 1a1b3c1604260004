import { type EventTypesConfig, eventTypesConfigSchema } from '../schema/event-types.ts';
import type { Language } from '../schema/languages.ts';
import { findTextGaps, type LocalizedField } from '../schema/translation-gaps.ts';
import { type ConfigIssue, dottedPath } from './config-issue.ts';
import { parseYamlSource } from './yaml-source.ts';
import { yamlErrorMap, zodIssuesToConfigIssues } from './zod-issues.ts';

export type ParsedEventTypesYaml = { eventTypes: EventTypesConfig | undefined; issues: ConfigIssue[] };

/** What an event-types.yaml is checked against: its commune's languages and forms. */
export type EventTypesContext = {
  file: string;
  languages: { offered: readonly Language[]; default: Language };
  /** Keys of the files in the commune's forms/ folder; undefined when it has no such folder. */
  formKeys: ReadonlySet<string> | undefined;
};

const eventTexts = (config: EventTypesConfig): LocalizedField[] => [
  ...config.advisoryServices.map((service, index) => ({
    path: ['advisoryServices', index, 'name'],
    text: service.name,
  })),
  ...config.types.flatMap((type, index) => [
    { path: ['types', index, 'name'], text: type.name },
    { path: ['types', index, 'description'], text: type.description },
    ...type.attachments.map((attachment, attachmentIndex) => ({
      path: ['types', index, 'attachments', attachmentIndex, 'label'],
      text: attachment.label,
    })),
  ]),
  ...config.equipment.map((item, index) => ({ path: ['equipment', index, 'name'], text: item.name })),
];

/**
 * Checks the text of an event-types.yaml as parseStagesYaml does a stages.yaml: positioned errors,
 * missing translations as warnings. `eventTypes` is set only when there is no error.
 */
export const parseEventTypesYaml = (
  text: string,
  { file, languages, formKeys }: EventTypesContext,
): ParsedEventTypesYaml => {
  const source = parseYamlSource(file, text);
  if (source.issues.some((issue) => issue.severity === 'error'))
    return { eventTypes: undefined, issues: source.issues };
  const parsed = eventTypesConfigSchema.safeParse(source.value, { error: yamlErrorMap });
  if (!parsed.success) {
    return {
      eventTypes: undefined,
      issues: [...source.issues, ...zodIssuesToConfigIssues(source, parsed.error.issues)],
    };
  }
  const config = parsed.data;
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
  const fields = eventTexts(config);
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
  if (formKeys !== undefined) {
    config.types.forEach((type, index) => {
      if (!formKeys.has(type.form))
        issues.push(at('error', ['types', index, 'form'], `no form forms/${type.form}.yaml in this commune`));
    });
  }
  // A missing default-language text is already an error above.
  for (const gap of findTextGaps(fields, languages)) {
    if (gap.path.at(-1) !== languages.default) issues.push(at('warning', gap.path, gap.message));
  }
  const failed = issues.some((issue) => issue.severity === 'error');
  return { eventTypes: failed ? undefined : config, issues };
};
