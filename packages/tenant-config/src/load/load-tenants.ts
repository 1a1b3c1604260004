import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ConfigIssue } from './config-issue.ts';
import { type LoadedTenant, loadTenant, type TenantLoadResult } from './load-tenant.ts';

export type TenantsLoadResult = {
  tenants: LoadedTenant[];
  issues: ConfigIssue[];
  /** Every slug that was looked at, loaded or not. */
  checked: string[];
};

/**
 * Loads every commune folder under `rootDir` (or only `slugs`), in name order. A commune with an error
 * is left out of `tenants`; its issues are reported and the others still load.
 */
export const loadTenants = async (rootDir: string, slugs?: readonly string[]): Promise<TenantsLoadResult> => {
  let folders: string[];
  try {
    const entries = await readdir(rootDir, { withFileTypes: true });
    folders = entries
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => entry.name);
  } catch (error) {
    return {
      tenants: [],
      checked: [],
      issues: [
        rootIssue(
          rootDir,
          `cannot read the tenants folder (${error instanceof Error ? error.message : String(error)})`,
        ),
      ],
    };
  }

  const wanted = [...new Set(slugs ?? folders)].sort();
  const results = await Promise.all(
    wanted.map((slug) =>
      folders.includes(slug)
        ? loadTenant(join(rootDir, slug))
        : ({
            tenant: undefined,
            issues: [rootIssue(join(rootDir, slug), `no commune folder named "${slug}"`)],
          } satisfies TenantLoadResult),
    ),
  );
  return {
    tenants: results.flatMap((result) => (result.tenant === undefined ? [] : [result.tenant])),
    issues: results.flatMap((result) => result.issues),
    checked: wanted,
  };
};

const rootIssue = (path: string, message: string): ConfigIssue => ({
  severity: 'error',
  file: relative(process.cwd(), path),
  line: 1,
  column: 1,
  path: '',
  message,
});
