import type { FormDefinition, FormDefinitionInput } from '../definition/form-schema.ts';
import { parseFormDefinition } from '../definition/parse-definition.ts';

/** Parses a definition a test knows to be valid, failing the test with the issues if it is not. */
export const definitionOf = (input: FormDefinitionInput): FormDefinition => {
  const parsed = parseFormDefinition(input);
  if (!parsed.ok) throw new Error(`invalid test definition: ${JSON.stringify(parsed.issues)}`);
  return parsed.definition;
};

/** A one-page, one-section form around the given fields. */
export const formWith = (
  ...fields: FormDefinitionInput['pages'][number]['sections'][number]['fields']
): FormDefinition =>
  definitionOf({
    key: 'test',
    version: 1,
    title: { fr: 'Test' },
    pages: [{ title: { fr: 'Page' }, sections: [{ fields }] }],
  });

/** `path code` of each error, or `[]` when the answers are accepted: short to compare in tests. */
export const errorsOf = (
  result: { ok: true } | { ok: false; errors: { path: string; code: string }[] },
): string[] => (result.ok ? [] : result.errors.map((error) => `${error.path} ${error.code}`));
