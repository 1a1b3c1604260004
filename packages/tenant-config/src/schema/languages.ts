import * as z from 'zod';

/** Every language the software speaks; a commune offers a subset of them. */
export const LANGUAGES = ['fr', 'nl', 'de', 'en'] as const;

export type Language = (typeof LANGUAGES)[number];

export const languageSchema = z.enum(LANGUAGES, {
  error: () => `must be one of ${LANGUAGES.join(', ')}`,
});
