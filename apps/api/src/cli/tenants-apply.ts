import { parseArgs } from 'node:util';
import { formatIssue } from '@communa/tenant-config';
import { provisionFromEnv } from '../database.ts';
import { parseEnv } from '../env.ts';
import { createLogger } from '../logger.ts';
import { applyTenantFiles } from '../tenants/apply-from-files.ts';

// `npm run tenants:apply [-- <slug> …]`: idempotent; exit 1 when a commune's files have errors.
const { positionals } = parseArgs({ allowPositionals: true });
const env = parseEnv();
const database = await provisionFromEnv(env);
try {
  const slugs = positionals.length > 0 ? positionals : undefined;
  const result = await applyTenantFiles(
    database.ownerUrl,
    env.TENANTS_DIR,
    createLogger({ LOG_LEVEL: 'silent' }),
    slugs,
  );
  for (const issue of result.issues) process.stderr.write(`${formatIssue(issue)}\n`);
  for (const report of result.reports) process.stdout.write(`${report.slug.padEnd(20)} ${report.action}\n`);
  process.exitCode = result.issues.some((i) => i.severity === 'error') ? 1 : 0;
} finally {
  await database.stop();
}
