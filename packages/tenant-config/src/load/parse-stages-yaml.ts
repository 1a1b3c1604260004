import type { Language } from '../schema/languages.ts';
import { type StagesConfig, stagesConfigSchema } from '../schema/stages.ts';
import { findTextGaps, type LocalizedField } from '../schema/translation-gaps.ts';
import { instantOfWallTime } from '../stages/zoned-time.ts';
import { type ConfigIssue, dottedPath } from './config-issue.ts';
import { parseYamlSource } from './yaml-source.ts';
import { yamlErrorMap, zodIssuesToConfigIssues } from './zod-issues.ts';

export type ParsedStagesYaml = { stages: StagesConfig | undefined; issues: ConfigIssue[] };

/** What a stages.yaml is checked against: its commune's languages and time zone (from tenant.yaml). */
export type StagesContext = {
  file: string;
  languages: { offered: readonly Language[]; default: Language };
  timeZone: string;
};

const stageTexts = (config: StagesConfig): LocalizedField[] =>
  config.stages.flatMap((stage, index) => [
    { path: ['stages', index, 'title'], text: stage.title },
    { path: ['stages', index, 'description'], text: stage.description },
  ]);

/**
 * Checks the text of a stages.yaml, as parseTenantYaml does a tenant.yaml: positioned errors, missing
 * translations as warnings. `stages` is set only when there is no error.
 */
export const parseStagesYaml = (
  text: string,
  { file, languages, timeZone }: StagesContext,
): ParsedStagesYaml => {
  const source = parseYamlSource(file, text);
  if (source.issues.some((issue) => issue.severity === 'error'))
    return { stages: undefined, issues: source.issues };
  const parsed = stagesConfigSchema.safeParse(source.value, { error: yamlErrorMap });
  if (!parsed.success) {
    return {
      stages: undefined,
      issues: [...source.issues, ...zodIssuesToConfigIssues(source, parsed.error.issues)],
    };
  }
  const config = parsed.data;
  const issues = [...source.issues];
  const at = (
    severity: ConfigIssue['severity'],
    path: (string | number)[],
    message: string,
  ): ConfigIssue => ({
    severity,
    file,
    ...source.locate(path),
    path: dottedPath(path),
    message,
  });
  const fields = stageTexts(config);
  if (languages.offered.includes(languages.default)) {
    for (const { path, text: localized } of fields) {
      if (localized[languages.default] === undefined)
        issues.push(
          at(
            'error',
            [...path, languages.default],
            `the text in the default language (${languages.default}) is required`,
          ),
        );
    }
  }
  config.stages.forEach((stage, stageIndex) => {
    stage.sessions.forEach((session, sessionIndex) => {
      const firstDay = session.days[0] ?? '';
      session.enrolment.windows.forEach((window, windowIndex) => {
        // Written as opensAt or as a window: point at what the author wrote.
        const enrolment = ['stages', stageIndex, 'sessions', sessionIndex, 'enrolment'];
        const path = source.has([...enrolment, 'windows'])
          ? [...enrolment, 'windows', windowIndex, 'from']
          : [...enrolment, 'opensAt'];
        if (window.from >= `${firstDay}T00:00`)
          issues.push(at('error', path, `must be before the first day (${firstDay})`));
        else if (instantOfWallTime(window.from, timeZone) === undefined)
          issues.push(
            at(
              'error',
              path,
              `${window.from} does not exist in ${timeZone} (skipped by the change to summer time)`,
            ),
          );
      });
    });
  });
  // A missing default-language text is already an error above.
  for (const gap of findTextGaps(fields, languages)) {
    if (gap.path.at(-1) !== languages.default) issues.push(at('warning', gap.path, gap.message));
  }
  const failed = issues.some((issue) => issue.severity === 'error');
  return { stages: failed ? undefined : config, issues };
};
