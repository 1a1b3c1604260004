import type { Language } from '../schema/languages.ts';
import { type StagesConfig, stagesConfigSchema } from '../schema/stages.ts';
import type { LocalizedField } from '../schema/translation-gaps.ts';
import { instantOfWallTime } from '../stages/zoned-time.ts';
import type { ConfigIssue } from './config-issue.ts';
import { parseLocalizedYaml } from './parse-localized-yaml.ts';

export type ParsedStagesYaml = { stages: StagesConfig | undefined; issues: ConfigIssue[] };

/** What a stages.yaml is checked against: its commune's languages and time zone (from tenant.yaml) and forms. */
export type StagesContext = {
  file: string;
  languages: { offered: readonly Language[]; default: Language };
  timeZone: string;
  /** Keys of the files in the commune's forms/ folder; undefined skips the check (an export read back). */
  formKeys?: ReadonlySet<string> | undefined;
};

const stageTexts = (config: StagesConfig): LocalizedField[] =>
  config.stages.flatMap((stage, index) => [
    { path: ['stages', index, 'title'], text: stage.title },
    { path: ['stages', index, 'description'], text: stage.description },
  ]);

/**
 * Checks the text of a stages.yaml as every configuration file is (parseLocalizedYaml), and that each
 * enrolment window opens before the first day at a time that exists in the commune's time zone, and
 * that a stage's questions are a form of the commune. `stages` is set only when there is no error.
 */
export const parseStagesYaml = (
  text: string,
  { file, languages, timeZone, formKeys }: StagesContext,
): ParsedStagesYaml => {
  const { config, issues } = parseLocalizedYaml(text, {
    file,
    schema: stagesConfigSchema,
    languages,
    texts: stageTexts,
    check: (stagesConfig, at, source) => {
      const found: ConfigIssue[] = [];
      stagesConfig.stages.forEach((stage, stageIndex) => {
        if (stage.questions !== undefined && formKeys !== undefined && !formKeys.has(stage.questions))
          found.push(
            at(
              'error',
              ['stages', stageIndex, 'questions'],
              `no form forms/${stage.questions}.yaml in this commune`,
            ),
          );
        stage.sessions.forEach((session, sessionIndex) => {
          const firstDay = session.days[0] ?? '';
          session.enrolment.windows.forEach((window, windowIndex) => {
            // Written as opensAt or as a window: point at what the author wrote.
            const enrolment = ['stages', stageIndex, 'sessions', sessionIndex, 'enrolment'];
            const path = source.has([...enrolment, 'windows'])
              ? [...enrolment, 'windows', windowIndex, 'from']
              : [...enrolment, 'opensAt'];
            if (window.from >= `${firstDay}T00:00`)
              found.push(at('error', path, `must be before the first day (${firstDay})`));
            else if (instantOfWallTime(window.from, timeZone) === undefined)
              found.push(
                at(
                  'error',
                  path,
                  `${window.from} does not exist in ${timeZone} (skipped by the change to summer time)`,
                ),
              );
          });
        });
      });
      return found;
    },
  });
  return { stages: config, issues };
};
