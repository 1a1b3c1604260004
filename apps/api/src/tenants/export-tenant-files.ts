import type { Database } from '@communa/db';
import {
  parseStagesYaml,
  STAGES_FILE,
  TENANT_FILE,
  toStagesYaml,
  toTenantYaml,
} from '@communa/tenant-config';
import { exportFormFiles } from '../forms/export-forms.ts';
import { readStagesConfig } from '../stages/export-stages.ts';
import { readTenantConfig } from './export-tenant.ts';

export type ExportedFile = { file: string; text: string };

/**
 * What `tenants:export` writes for a commune: its tenant.yaml and, for an `admin` commune, its
 * stages.yaml when it has stages and forms/<key>.yaml per form (a `code` commune's files are written
 * by hand and stay the truth).
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
  if (config.source === 'admin') files.push(...(await exportFormFiles(db, slug, config.languages.default)));
  return files;
}
