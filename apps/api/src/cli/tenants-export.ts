import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDb } from '@communa/db';
import { provisionFromEnv } from '../database.ts';
import { parseEnv } from '../env.ts';
import { exportTenantFiles } from '../tenants/export-tenant-files.ts';

// `npm run tenants:export -- <slug> [--stdout]`: writes the commune's live configuration as YAML:
// tenant.yaml, and an admin commune's stages.yaml when it has stages, event-types.yaml when it has event
// types and forms/<key>.yaml per form.
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { stdout: { type: 'boolean', default: false } },
});
const [slug] = positionals;
if (!slug) {
  process.stderr.write('usage: npm run tenants:export -- <slug> [--stdout]\n');
  process.exit(2);
}
const env = parseEnv();
const database = await provisionFromEnv(env);
const handle = createDb(database.ownerUrl, { max: 1 });
try {
  const files = await exportTenantFiles(handle.db, slug);
  if (!files) {
    process.stderr.write(`no commune ${slug}\n`);
    process.exitCode = 1;
  }
  for (const { file, text } of files ?? []) {
    if (values.stdout) {
      process.stdout.write(`# ${file}\n${text}`);
      continue;
    }
    const target = path.join(env.TENANTS_DIR, slug, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
    process.stdout.write(`wrote ${target}\n`);
  }
} finally {
  await handle.close();
  await database.stop();
}
