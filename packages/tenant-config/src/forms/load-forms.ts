import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ConfigIssue } from '../load/config-issue.ts';
import type { Language } from '../schema/languages.ts';
import type { LoadedForm } from './parse-form-yaml.ts';

export const FORMS_DIR = 'forms';

const FORM_FILE = /^([a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)\.yaml$/;

export type FormsLoadResult = { forms: LoadedForm[]; issues: ConfigIssue[] };

const fileIssue = (file: string, message: string): ConfigIssue => ({
  severity: 'error',
  file,
  line: 1,
  column: 1,
  path: '',
  message,
});

/**
 * Reads tenants/<slug>/forms/<key>.yaml, in name order (no folder: no forms). One form with an
 * error is reported; the caller decides what that means for the commune.
 */
export const loadForms = async (
  dir: string,
  languages: { offered: readonly Language[]; default: Language },
): Promise<FormsLoadResult> => {
  const formsDir = join(dir, FORMS_DIR);
  let names: string[];
  try {
    names = (await readdir(formsDir, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT')
      return { forms: [], issues: [] };
    return {
      forms: [],
      issues: [
        fileIssue(
          relative(process.cwd(), formsDir),
          `cannot be read (${error instanceof Error ? error.message : String(error)})`,
        ),
      ],
    };
  }
  if (names.length === 0) return { forms: [], issues: [] };
  // The forms engine (phone numbers, IBANs…) loads only for a commune that has forms.
  const { parseFormYaml } = await import('./parse-form-yaml.ts');
  const results = await Promise.all(
    names.map(async (name) => {
      const file = relative(process.cwd(), join(formsDir, name));
      const key = FORM_FILE.exec(name)?.[1];
      if (key === undefined)
        return {
          form: undefined,
          issues: [
            fileIssue(
              file,
              'a form file is named <form-key>.yaml: lower-case letters, digits and - (at most 64)',
            ),
          ],
        };
      return parseFormYaml(await readFile(join(formsDir, name), 'utf8'), { file, key, languages });
    }),
  );
  return {
    forms: results.flatMap((result) => (result.form === undefined ? [] : [result.form])),
    issues: results.flatMap((result) => result.issues),
  };
};
