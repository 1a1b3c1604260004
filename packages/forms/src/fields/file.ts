import * as z from 'zod';
import { fieldBase } from './base.ts';
import { accept, type FieldIssue, type FieldOutcome, invalidType, reject } from './outcome.ts';

const mimePattern = z
  .string({ error: 'must be a MIME type' })
  .regex(/^[a-z]+\/(?:\*|[a-z0-9][a-z0-9.+-]*)$/, {
    error: 'must be a MIME type like application/pdf or image/*',
  });

const MEBIBYTE = 1024 * 1024;

/**
 * The engine checks what the browser says about each file; the server checks the content (magic
 * bytes) when it receives the upload.
 */
export const fileFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('file'),
  accept: z.array(mimePattern).min(1, { error: 'must list at least one MIME type' }),
  maxSize: z
    .int({ error: 'must be a whole number of bytes' })
    .min(1, { error: 'must be at least 1 byte' })
    .max(100 * MEBIBYTE, { error: 'must be at most 100 MiB' }),
  maxFiles: z
    .int({ error: 'must be a whole number' })
    .min(1)
    .max(20, { error: 'must be at most 20' })
    .default(1),
});

type FileField = z.infer<typeof fileFieldSchema>;

const fileSchema = z.strictObject({
  name: z.string().trim().min(1).max(255),
  type: z.string().max(255),
  size: z.int().min(0),
  /** The upload's reference once the server has it. */
  id: z.string().min(1).max(200).optional(),
});

const acceptsType = (patterns: readonly string[], type: string): boolean =>
  patterns.some((pattern) =>
    pattern.endsWith('/*') ? type.startsWith(pattern.slice(0, -1)) : type === pattern,
  );

export const validateFiles = (field: FileField, value: unknown): FieldOutcome => {
  if (!Array.isArray(value)) return invalidType('a list of files');
  if (value.length > field.maxFiles)
    return reject('too_many_files', `must be at most ${field.maxFiles} files`);
  const files: z.infer<typeof fileSchema>[] = [];
  const issues: FieldIssue[] = [];
  for (const [index, candidate] of value.entries()) {
    const parsed = fileSchema.safeParse(candidate);
    if (!parsed.success) {
      issues.push({ path: [index], code: 'invalid_type', message: 'must be a file { name, type, size }' });
      continue;
    }
    const file = { ...parsed.data, type: parsed.data.type.trim().toLowerCase() };
    if (!acceptsType(field.accept, file.type)) {
      issues.push({
        path: [index, 'type'],
        code: 'file_type',
        message: `must be of type ${field.accept.join(', ')}`,
      });
    } else if (file.size > field.maxSize) {
      issues.push({
        path: [index, 'size'],
        code: 'file_too_large',
        message: `must be at most ${field.maxSize} bytes`,
      });
    }
    files.push(file);
  }
  return issues.length === 0 ? accept(files) : { ok: false, issues };
};
