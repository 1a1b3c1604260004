import * as z from 'zod';
import { formTextSchema, LANGUAGES, type Language } from '../i18n/localized-text.ts';
import { fieldBase } from './base.ts';
import { accept, type FieldContext, type FieldOutcome, invalidType, reject } from './outcome.ts';

/** The text the citizen agrees to is part of the definition, and the answer keeps the text shown. */
export const consentFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('consent'),
  text: formTextSchema,
});

type ConsentField = z.infer<typeof consentFieldSchema>;

const consentAnswerSchema = z.strictObject({ accepted: z.literal(true), text: z.string() });

/** The text in the form's language when it has one; else the citizen saw a fallback, any translation. */
const shownTexts = (field: ConsentField, lang: Language | undefined): string[] => {
  const inLanguage = lang === undefined ? undefined : field.text[lang];
  if (inLanguage !== undefined) return [inLanguage];
  return LANGUAGES.flatMap((language) => {
    const text = field.text[language];
    return text === undefined ? [] : [text];
  });
};

export const validateConsent = (field: ConsentField, value: unknown, context: FieldContext): FieldOutcome => {
  const parsed = consentAnswerSchema.safeParse(value);
  if (!parsed.success) return invalidType('an accepted consent { accepted: true, text }');
  if (!shownTexts(field, context.lang).includes(parsed.data.text)) {
    return reject('consent_text_mismatch', 'must carry the consent text that was shown', ['text']);
  }
  return accept(parsed.data);
};
