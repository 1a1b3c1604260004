import { readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { TenantConfig } from '../schema/tenant.ts';
import { canonicalHash } from './canonical-hash.ts';
import type { ConfigIssue } from './config-issue.ts';
import { parseTenantYaml } from './parse-tenant-yaml.ts';

export type LoadedTenant = {
  slug: string;
  dir: string;
  config: TenantConfig;
  /** sha256 of the canonical JSON of `config`: an unchanged hash means there is nothing to apply. */
  hash: string;
};

export type TenantLoadResult = { tenant: LoadedTenant | undefined; issues: ConfigIssue[] };

export const TENANT_FILE = 'tenant.yaml';

/**
 * Loads one commune folder. Only tenant.yaml is read today; the other files of the folder
 * (stages.yaml, event-types.yaml, forms/) will each get a parser beside parseTenantYaml and join here.
 */
export const loadTenant = async (dir: string): Promise<TenantLoadResult> => {
  const path = join(dir, TENANT_FILE);
  const file = relative(process.cwd(), path);
  const slug = basename(dir);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = isMissing(error)
      ? 'file not found'
      : `cannot be read (${error instanceof Error ? error.message : String(error)})`;
    return {
      tenant: undefined,
      issues: [{ severity: 'error', file, line: 1, column: 1, path: '', message: reason }],
    };
  }
  const { config, issues } = parseTenantYaml(text, { file, slug });
  if (config === undefined) return { tenant: undefined, issues };
  return { tenant: { slug, dir, config, hash: canonicalHash(config) }, issues };
};

const isMissing = (error: unknown): boolean =>
  error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR');
