import type { StageSessionSummary } from '../api/api-types.ts';
import type { Language } from '../i18n/languages.ts';

/** A session as staff name it: its stage's title in the interface language, then its key. */
export function sessionName(session: Pick<StageSessionSummary, 'stage' | 'key'>, language: Language): string {
  const title = session.stage.title[language] ?? Object.values(session.stage.title)[0] ?? session.stage.key;
  return `${title} — ${session.key}`;
}
