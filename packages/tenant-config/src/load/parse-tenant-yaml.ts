import { type TenantConfig, tenantConfigSchema } from '../schema/tenant.ts';
import { findTranslationGaps } from '../schema/translation-gaps.ts';
import { type ConfigIssue, dottedPath } from './config-issue.ts';
import { parseYamlSource } from './yaml-source.ts';
import { yamlErrorMap, zodIssuesToConfigIssues } from './zod-issues.ts';

export type ParsedTenantYaml = { config: TenantConfig | undefined; issues: ConfigIssue[] };

/**
 * Checks the text of a tenant.yaml. `file` labels the issues; `slug`, when given, is the folder name the
 * file must declare. `config` is set only when there is no error (warnings do not block).
 */
export const parseTenantYaml = (
  text: string,
  { file, slug }: { file: string; slug?: string },
): ParsedTenantYaml => {
  const source = parseYamlSource(file, text);
  if (source.issues.some((issue) => issue.severity === 'error'))
    return { config: undefined, issues: source.issues };

  const parsed = tenantConfigSchema.safeParse(source.value, { error: yamlErrorMap });
  if (!parsed.success) {
    return {
      config: undefined,
      issues: [...source.issues, ...zodIssuesToConfigIssues(source, parsed.error.issues)],
    };
  }

  const config = parsed.data;
  const issues = [...source.issues];
  if (slug !== undefined && config.slug !== slug) {
    issues.push({
      severity: 'error',
      file,
      ...source.locate(['slug']),
      path: 'slug',
      message: `is "${config.slug}" but the folder is "${slug}": they must be equal`,
    });
  }
  for (const gap of findTranslationGaps(config)) {
    issues.push({
      severity: 'warning',
      file,
      ...source.locate(gap.path),
      path: dottedPath(gap.path),
      message: gap.message,
    });
  }
  const failed = issues.some((issue) => issue.severity === 'error');
  return { config: failed ? undefined : config, issues };
};
