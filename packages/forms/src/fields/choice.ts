import * as z from 'zod';
import { optionValueSchema } from '../definition/key.ts';
import { formTextSchema } from '../i18n/localized-text.ts';
import { fieldBase } from './base.ts';
import { accept, type FieldOutcome, invalidType, reject } from './outcome.ts';

const optionSchema = z.strictObject({
  value: optionValueSchema,
  label: formTextSchema,
  help: formTextSchema.optional(),
});

const optionsSchema = z
  .array(optionSchema)
  .min(1, { error: 'must list at least one option' })
  .superRefine((options, context) => {
    const seen = new Set<string>();
    options.forEach((option, index) => {
      if (seen.has(option.value)) {
        context.addIssue({
          code: 'custom',
          path: [index, 'value'],
          message: `option ${option.value} is listed twice`,
        });
      }
      seen.add(option.value);
    });
  });

const selections = z.int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' });

export const singleChoiceFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('single-choice'),
  options: optionsSchema,
});

export const multipleChoiceFieldSchema = z
  .strictObject({
    ...fieldBase,
    type: z.literal('multiple-choice'),
    options: optionsSchema,
    minSelections: selections.optional(),
    maxSelections: selections.optional(),
  })
  .superRefine((field, context) => {
    const { minSelections: min, maxSelections: max, options } = field;
    if (min !== undefined && max !== undefined && min > max) {
      context.addIssue({
        code: 'custom',
        path: ['minSelections'],
        message: 'minSelections must not exceed maxSelections',
      });
    }
    if (min !== undefined && min > options.length) {
      context.addIssue({
        code: 'custom',
        path: ['minSelections'],
        message: 'minSelections must not exceed the number of options',
      });
    }
  });

export const yesNoFieldSchema = z.strictObject({ ...fieldBase, type: z.literal('yes-no') });

export const validateSingleChoice = (
  field: z.infer<typeof singleChoiceFieldSchema>,
  value: unknown,
): FieldOutcome => {
  if (typeof value !== 'string') return invalidType('one of the options');
  if (!field.options.some((option) => option.value === value))
    return reject('invalid_option', 'must be one of the options');
  return accept(value);
};

/** Stored in the definition's order of options, so equal choices are equal answers. */
export const validateMultipleChoice = (
  field: z.infer<typeof multipleChoiceFieldSchema>,
  value: unknown,
): FieldOutcome => {
  if (!Array.isArray(value)) return invalidType('a list of options');
  const chosen = new Set<unknown>();
  for (const [index, option] of value.entries()) {
    if (typeof option !== 'string' || !field.options.some((candidate) => candidate.value === option)) {
      return reject('invalid_option', 'must be one of the options', [index]);
    }
    if (chosen.has(option)) return reject('duplicate_option', 'is chosen twice', [index]);
    chosen.add(option);
  }
  if (field.minSelections !== undefined && chosen.size < field.minSelections) {
    return reject('too_few_selected', `must choose at least ${field.minSelections}`);
  }
  if (field.maxSelections !== undefined && chosen.size > field.maxSelections) {
    return reject('too_many_selected', `must choose at most ${field.maxSelections}`);
  }
  return accept(field.options.map((option) => option.value).filter((option) => chosen.has(option)));
};

export const validateYesNo = (value: unknown): FieldOutcome =>
  typeof value === 'boolean' ? accept(value) : invalidType('true or false');
