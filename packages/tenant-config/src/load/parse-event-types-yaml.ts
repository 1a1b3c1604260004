import type { FormFileFields } from '../events/attachments-without-field.ts';
import { attachmentsWithoutField } from '../events/attachments-without-field.ts';
import { type EventTypesConfig, eventTypesConfigSchema } from '../schema/event-types.ts';
import type { Language } from '../schema/languages.ts';
import type { LocalizedField } from '../schema/translation-gaps.ts';
import type { ConfigIssue } from './config-issue.ts';
import { parseLocalizedYaml } from './parse-localized-yaml.ts';

export type ParsedEventTypesYaml = { eventTypes: EventTypesConfig | undefined; issues: ConfigIssue[] };

/** What an event-types.yaml is checked against: its commune's languages and forms. */
export type EventTypesContext = {
  file: string;
  languages: { offered: readonly Language[]; default: Language };
  /** Keys of the files in the commune's forms/ folder; undefined when it has no such folder. */
  formKeys: ReadonlySet<string> | undefined;
  /** The file fields of the forms that could be read, where the types' attachments are given. */
  fileFields?: FormFileFields;
};

/** The texts of an event configuration the commune translates, with where each stands. */
export const eventTexts = (config: EventTypesConfig): LocalizedField[] => [
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
 * Checks the text of an event-types.yaml as every configuration file is (parseLocalizedYaml), and
 * that each type's form is a file of the commune's forms/. `eventTypes` is set only without error.
 */
export const parseEventTypesYaml = (
  text: string,
  { file, languages, formKeys, fileFields = new Map() }: EventTypesContext,
): ParsedEventTypesYaml => {
  const { config, issues } = parseLocalizedYaml(text, {
    file,
    schema: eventTypesConfigSchema,
    languages,
    texts: eventTexts,
    check: (eventTypes, at) => [
      ...(formKeys === undefined
        ? []
        : eventTypes.types.flatMap((type, index) =>
            formKeys.has(type.form)
              ? []
              : [at('error', ['types', index, 'form'], `no form forms/${type.form}.yaml in this commune`)],
          )),
      ...attachmentsWithoutField(eventTypes, fileFields).map(({ path, message }) =>
        at('error', path, message),
      ),
    ],
  });
  return { eventTypes: config, issues };
};
