import { readdir } from 'node:fs/promises';
import { createDb, withAdvisoryLock } from '@communa/db';
import type { ConfigIssue, LoadedTenant } from '@communa/tenant-config';
import { formatIssue, loadTenants } from '@communa/tenant-config';
import type { Logger } from 'pino';
import type { ApplyReport } from './apply-tenants.ts';
import { applyTenants } from './apply-tenants.ts';

export interface FilesApplied {
  loaded: LoadedTenant[];
  issues: ConfigIssue[];
  reports: ApplyReport[];
}

/**
 * Loads tenants/<slug>/ and applies what is valid. A commune whose files have errors keeps its
 * last good configuration (its errors are logged), so one typo never takes the others down.
 */
export async function applyTenantFiles(
  ownerUrl: string,
  tenantsDir: string,
  logger: Logger,
  slugs?: string[],
): Promise<FilesApplied> {
  const { tenants: loaded, issues } = await loadTenants(tenantsDir, slugs);
  for (const issue of issues) {
    logger[issue.severity === 'error' ? 'error' : 'warn']({ issue }, formatIssue(issue));
  }
  const presentSlugs = slugs ? undefined : await folderNames(tenantsDir);
  const reports = await withAdvisoryLock(ownerUrl, 'communa:tenants-apply', async () => {
    const handle = createDb(ownerUrl, { max: 1, applicationName: 'communa-tenants-apply' });
    try {
      return await applyTenants(handle.db, loaded, presentSlugs ? { presentSlugs } : {});
    } finally {
      await handle.close();
    }
  });
  for (const report of reports) logger.info(report, `commune ${report.slug}: ${report.action}`);
  return { loaded, issues, reports };
}

async function folderNames(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name);
}
