import { readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { formFileFields } from '../events/attachments-without-field.ts';
import { loadForms } from '../forms/load-forms.ts';
import type { LoadedForm } from '../forms/parse-form-yaml.ts';
import type { EventTypesConfig } from '../schema/event-types.ts';
import type { StagesConfig } from '../schema/stages.ts';
import type { TenantConfig } from '../schema/tenant.ts';
import { canonicalHash } from './canonical-hash.ts';
import type { ConfigIssue } from './config-issue.ts';
import { formKeysOf } from './form-keys.ts';
import { loadEventTypes } from './load-event-types.ts';
import { parseStagesYaml } from './parse-stages-yaml.ts';
import { parseTenantYaml } from './parse-tenant-yaml.ts';

export type LoadedTenant = {
  slug: string;
  dir: string;
  config: TenantConfig;
  /** stages.yaml, when the commune has one. */
  stages: StagesConfig | undefined;
  /** forms/<key>.yaml, in key order. */
  forms: LoadedForm[];
  /** event-types.yaml, when the commune has one. */
  eventTypes: EventTypesConfig | undefined;
  /** sha256 of the canonical JSON of `config`, `stages`, `forms` and `eventTypes`: an unchanged hash means there is nothing to apply. */
  hash: string;
};

export type TenantLoadResult = { tenant: LoadedTenant | undefined; issues: ConfigIssue[] };

export const TENANT_FILE = 'tenant.yaml';
export const STAGES_FILE = 'stages.yaml';

type FileText = { file: string; text: string | undefined; issues: ConfigIssue[] };

/** Reads one file of a commune folder; `text` is undefined when it is missing (an issue only if `required`). */
const readConfigFile = async (dir: string, name: string, required: boolean): Promise<FileText> => {
  const file = relative(process.cwd(), join(dir, name));
  try {
    return { file, text: await readFile(join(dir, name), 'utf8'), issues: [] };
  } catch (error) {
    if (isMissing(error) && !required) return { file, text: undefined, issues: [] };
    const reason = isMissing(error)
      ? 'file not found'
      : `cannot be read (${error instanceof Error ? error.message : String(error)})`;
    return {
      file,
      text: undefined,
      issues: [{ severity: 'error', file, line: 1, column: 1, path: '', message: reason }],
    };
  }
};

/**
 * Loads one commune folder: tenant.yaml, then stages.yaml, forms/*.yaml and event-types.yaml when
 * present (checked against the commune's languages, time zone and forms). An error in any file leaves
 * the commune out.
 */
export const loadTenant = async (dir: string): Promise<TenantLoadResult> => {
  const slug = basename(dir);
  const tenantFile = await readConfigFile(dir, TENANT_FILE, true);
  if (tenantFile.text === undefined) return { tenant: undefined, issues: tenantFile.issues };
  const { config, issues } = parseTenantYaml(tenantFile.text, { file: tenantFile.file, slug });
  if (config === undefined) return { tenant: undefined, issues };

  const stagesFile = await readConfigFile(dir, STAGES_FILE, false);
  const parsed =
    stagesFile.text === undefined
      ? { stages: undefined, issues: stagesFile.issues }
      : parseStagesYaml(stagesFile.text, {
          file: stagesFile.file,
          languages: config.languages,
          timeZone: config.timeZone,
          // Without a forms folder a stage's questions name no form at all.
          formKeys: (await formKeysOf(dir)) ?? new Set<string>(),
        });
  const forms = await loadForms(dir, config.languages);
  const events = await loadEventTypes(dir, config.languages, formFileFields(forms.forms));
  const allIssues = [...issues, ...parsed.issues, ...forms.issues, ...events.issues];
  const failed =
    allIssues.some((issue) => issue.severity === 'error') ||
    (stagesFile.text !== undefined && parsed.stages === undefined);
  if (failed) return { tenant: undefined, issues: allIssues };
  return {
    tenant: {
      slug,
      dir,
      config,
      stages: parsed.stages,
      forms: forms.forms,
      eventTypes: events.eventTypes,
      hash: hashOf(config, parsed.stages, forms.forms, events.eventTypes),
    },
    issues: allIssues,
  };
};

const hashOf = (
  config: TenantConfig,
  stages: StagesConfig | undefined,
  forms: readonly LoadedForm[],
  eventTypes: EventTypesConfig | undefined,
): string =>
  canonicalHash({
    tenant: config,
    stages: stages ?? null,
    forms: forms.map((form) => [form.key, form.hash]),
    eventTypes: eventTypes ?? null,
  });

const isMissing = (error: unknown): boolean =>
  error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR');
