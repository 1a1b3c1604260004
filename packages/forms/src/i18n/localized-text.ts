// tenant-config's package entry also reads files from disk; these two modules are pure, so the
// isomorphic engine imports them directly to share one schema of localized text.
import { LANGUAGES, type Language } from '@communa/tenant-config/languages';
import { type LocalizedText, localize, localizedTextSchema } from '@communa/tenant-config/localized-text';

export { LANGUAGES, type Language, type LocalizedText, localize };

/** A text of a form: the tenant's localized text, with at least one language written. */
export const formTextSchema = localizedTextSchema.refine((text) => Object.keys(text).length > 0, {
  error: `must have a text in at least one language (${LANGUAGES.join(', ')})`,
  // A text in an unknown language is reported as such, not also as empty.
  when: (payload) => payload.issues.length === 0,
});

export const languageOf = (value: unknown): Language | undefined =>
  LANGUAGES.find((language) => language === value);
