import type { Database } from '@communa/db';
import {
  EVENT_TYPES_FILE,
  FORMS_DIR,
  parseEventTypesYaml,
  parseStagesYaml,
  STAGES_FILE,
  TENANT_FILE,
  toEventTypesYaml,
  toStagesYaml,
  toTenantYaml,
} from '@communa/tenant-config';
import { readEventTypesConfig } from '../events/export-events.ts';
import { exportFormFiles } from '../forms/export-forms.ts';
import { readStagesConfig } from '../stages/export-stages.ts';
import { readTenantConfig } from './export-tenant.ts';

export type ExportedFile = { file: string; text: string };

/**
 * What `tenants:export` writes for a commune: its tenant.yaml and, for an `admin` commune, its
 * stages.yaml when it has stages, its event-types.yaml when it has event types and forms/<key>.yaml
 * per form (a `code` commune's files are written by hand and stay the truth).
 * Undefined when there is no such commune. Throws rather than give a file the next load would refuse.
 */
export async function exportTenantFiles(db: Database, slug: string): Promise<ExportedFile[] | undefined> {
  const config = await readTenantConfig(db, slug);
  if (!config) return undefined;
  const files: ExportedFile[] = [{ file: TENANT_FILE, text: toTenantYaml(config) }];
  const stages = config.source === 'admin' ? await readStagesConfig(db, slug) : undefined;
  if (stages) {
    const text = toStagesYaml(stages, config.names[config.languages.default] ?? slug);
    const { issues } = parseStagesYaml(text, {
      file: STAGES_FILE,
      languages: config.languages,
      timeZone: config.timeZone,
    });
    const errors = issues.filter((issue) => issue.severity === 'error');
    if (errors.length > 0)
      throw new Error(`the exported ${STAGES_FILE} does not load: ${JSON.stringify(errors)}`);
    files.push({ file: STAGES_FILE, text });
  }
  if (config.source !== 'admin') return files;
  const forms = await exportFormFiles(db, slug, config.languages.default);
  const events = await readEventTypesConfig(db, slug);
  if (events) {
    const text = toEventTypesYaml(events, config.names[config.languages.default] ?? slug);
    const formKeys = new Set(forms.map(({ file }) => file.slice(FORMS_DIR.length + 1, -'.yaml'.length)));
    const { issues } = parseEventTypesYaml(text, {
      file: EVENT_TYPES_FILE,
      languages: config.languages,
      formKeys,
    });
    const errors = issues.filter((issue) => issue.severity === 'error');
    if (errors.length > 0)
      throw new Error(`the exported ${EVENT_TYPES_FILE} does not load: ${JSON.stringify(errors)}`);
    files.push({ file: EVENT_TYPES_FILE, text });
  }
  files.push(...forms);
  return files;
}
