import type * as z from 'zod';
import { type ConfigIssue, dottedPath } from './config-issue.ts';
import type { YamlSource } from './yaml-source.ts';

const REQUIRED = 'is required';

/**
 * Words for YAML authors where a schema has no message of its own: "is required" rather than
 * "expected string, received undefined", "must be a map" rather than "expected object".
 */
export const yamlErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code !== 'invalid_type') return undefined;
  if (issue.input === undefined) return REQUIRED;
  if (issue.expected === 'object') return 'must be a map of keys and values';
  if (issue.expected === 'array') return 'must be a list';
  return undefined;
};

/** Turns zod issues about `source.value` into positioned errors, one per unknown key. */
export const zodIssuesToConfigIssues = (
  source: YamlSource,
  issues: readonly z.core.$ZodIssue[],
): ConfigIssue[] =>
  issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        return error(source, dottedPath(path), source.locateKey(path), `unknown key "${key}"`);
      });
    }
    // Schemas with their own message ("must be a colour like …") win over yamlErrorMap; keep both.
    const missing = issue.code === 'invalid_type' && !source.has(issue.path) && issue.message !== REQUIRED;
    const message = missing ? `${REQUIRED}: ${issue.message}` : issue.message;
    return [error(source, dottedPath(issue.path), source.locate(issue.path), message)];
  });

const error = (
  source: YamlSource,
  path: string,
  position: { line: number; column: number },
  message: string,
): ConfigIssue => ({ severity: 'error', file: source.file, ...position, path, message });
