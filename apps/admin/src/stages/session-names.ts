import type { StageSessionSummary } from '../api/api-types.ts';
import type { Language } from '../i18n/languages.ts';

/** A stage's title in the interface language, else in any language, else its key. */
export function stageTitle(stage: StageSessionSummary['stage'], language: Language): string {
  return stage.title[language] ?? Object.values(stage.title)[0] ?? stage.key;
}

/** A session as staff name it: its stage's title in the interface language, then its key. */
export function sessionName(session: Pick<StageSessionSummary, 'stage' | 'key'>, language: Language): string {
  return `${stageTitle(session.stage, language)} — ${session.key}`;
}
