import * as z from 'zod';

/** Field, computed-value and option keys: they appear in answer paths (`people.1.birthDate`), so no dots. */
export const fieldKeySchema = z.string({ error: 'must be a key' }).regex(/^[a-zA-Z][a-zA-Z0-9_-]{0,63}$/, {
  error: 'must be a key: a letter, then letters, digits, - or _ (at most 64)',
});

export const optionValueSchema = z
  .string({ error: 'must be an option value' })
  .regex(/^[a-zA-Z0-9][a-zA-Z0-9_-]{0,63}$/, {
    error: 'must be an option value: letters, digits, - or _ (at most 64)',
  });

/** A form's key is part of URLs (`<communa-form form="attestation-domicile">`). */
export const formKeySchema = z
  .string({ error: 'must be a form key' })
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, {
    error: 'must be a form key: lower-case letters, digits and - (at most 64)',
  });
