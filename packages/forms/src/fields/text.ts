import * as z from 'zod';
import { fieldBase, lengthLimit } from './base.ts';
import { accept, type FieldOutcome, invalidType, reject } from './outcome.ts';

const lengthBounds = (ceiling: number, fallback: number) => ({
  minLength: lengthLimit(ceiling).optional(),
  maxLength: lengthLimit(ceiling).default(fallback),
});

const orderedLengths = (field: { minLength?: number | undefined; maxLength: number }) =>
  field.minLength === undefined || field.minLength <= field.maxLength;

const lengthOrder = { error: 'minLength must not exceed maxLength', path: ['minLength'] };

export const shortTextFieldSchema = z
  .strictObject({ ...fieldBase, type: z.literal('short-text'), ...lengthBounds(1000, 200) })
  .refine(orderedLengths, lengthOrder);

export const longTextFieldSchema = z
  .strictObject({ ...fieldBase, type: z.literal('long-text'), ...lengthBounds(20_000, 5000) })
  .refine(orderedLengths, lengthOrder);

type TextField = z.infer<typeof shortTextFieldSchema> | z.infer<typeof longTextFieldSchema>;

/** Stored trimmed, with Unix line ends; short text is one line. */
export const validateText = (field: TextField, value: unknown): FieldOutcome => {
  if (typeof value !== 'string') return invalidType('text');
  const text = value.replace(/\r\n?/g, '\n').trim();
  if (field.type === 'short-text' && text.includes('\n'))
    return reject('invalid_text', 'must be a single line');
  if (field.minLength !== undefined && text.length < field.minLength) {
    return reject('too_short', `must be at least ${field.minLength} characters`);
  }
  if (text.length > field.maxLength)
    return reject('too_long', `must be at most ${field.maxLength} characters`);
  return accept(text);
};
