import type { z } from 'zod';
import type { FieldError } from './problem.ts';

/** Field errors with stable codes from a zod failure; unknown keys become one error per key. */
export function fieldErrorsFromZod(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: base ? `${base}.${key}` : key,
        code: 'unknown_field',
        message: `Unknown field “${key}”`,
      }));
    }
    return [{ path: base, code: issue.code, message: issue.message }];
  });
}
