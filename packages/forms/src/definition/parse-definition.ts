import { type FormDefinition, formDefinitionSchema } from './form-schema.ts';

export type DefinitionIssue = { path: (string | number)[]; message: string };

export type DefinitionResult =
  | { ok: true; definition: FormDefinition }
  | { ok: false; issues: DefinitionIssue[] };

/**
 * Reads a form definition. Cross-references (keys, conditions, cycles) are checked once the shape
 * is right, so a definition with shape errors reports those first.
 */
export const parseFormDefinition = (input: unknown): DefinitionResult => {
  const parsed = formDefinitionSchema.safeParse(input);
  if (parsed.success) return { ok: true, definition: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      path: issue.path.filter((segment) => typeof segment !== 'symbol'),
      message: issue.message,
    })),
  };
};
