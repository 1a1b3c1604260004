import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { FormFileFields } from '../events/attachments-without-field.ts';
import type { Language } from '../schema/languages.ts';
import type { ConfigIssue } from './config-issue.ts';
import { formKeysOf } from './form-keys.ts';
import { type ParsedEventTypesYaml, parseEventTypesYaml } from './parse-event-types-yaml.ts';

export const EVENT_TYPES_FILE = 'event-types.yaml';

const isMissing = (error: unknown): boolean =>
  error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR');

const reason = (error: unknown): string =>
  `cannot be read (${error instanceof Error ? error.message : String(error)})`;

/**
 * Reads a commune's event-types.yaml when it has one (`eventTypes` undefined and no issue
 * otherwise), checked against its languages and the forms beside it (their file fields when given).
 */
export const loadEventTypes = async (
  dir: string,
  languages: { offered: readonly Language[]; default: Language },
  fileFields: FormFileFields = new Map(),
): Promise<ParsedEventTypesYaml> => {
  const file = relative(process.cwd(), join(dir, EVENT_TYPES_FILE));
  let text: string;
  try {
    text = await readFile(join(dir, EVENT_TYPES_FILE), 'utf8');
  } catch (error) {
    if (isMissing(error)) return { eventTypes: undefined, issues: [] };
    const issue: ConfigIssue = {
      severity: 'error',
      file,
      line: 1,
      column: 1,
      path: '',
      message: reason(error),
    };
    return { eventTypes: undefined, issues: [issue] };
  }
  return parseEventTypesYaml(text, { file, languages, formKeys: await formKeysOf(dir), fileFields });
};
