import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Language } from '../schema/languages.ts';
import type { ConfigIssue } from './config-issue.ts';
import { type ParsedEventTypesYaml, parseEventTypesYaml } from './parse-event-types-yaml.ts';

export const EVENT_TYPES_FILE = 'event-types.yaml';

const isMissing = (error: unknown): boolean =>
  error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR');

const reason = (error: unknown): string =>
  `cannot be read (${error instanceof Error ? error.message : String(error)})`;

/** The keys of tenants/<slug>/forms/*.yaml; undefined when the commune has no forms folder. */
const formKeysOf = async (dir: string): Promise<ReadonlySet<string> | undefined> => {
  try {
    const entries = await readdir(join(dir, 'forms'), { withFileTypes: true });
    return new Set(
      entries
        .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
        .map((entry) => entry.name.slice(0, -5)),
    );
  } catch {
    // An unreadable folder is reported by the forms loader; here it only means no form to check against.
    return undefined;
  }
};

/**
 * Reads a commune's event-types.yaml when it has one (`eventTypes` undefined and no issue
 * otherwise), checked against its languages and the forms beside it.
 */
export const loadEventTypes = async (
  dir: string,
  languages: { offered: readonly Language[]; default: Language },
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
  return parseEventTypesYaml(text, { file, languages, formKeys: await formKeysOf(dir) });
};
