import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDb } from '@communa/db';
import { toTenantYaml } from '@communa/tenant-config';
import { provisionFromEnv } from '../database.ts';
import { parseEnv } from '../env.ts';
import { readTenantConfig } from '../tenants/export-tenant.ts';

// `npm run tenants:export -- <slug> [--stdout]`: writes the commune's live configuration as YAML.
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
  const config = await readTenantConfig(handle.db, slug);
  if (!config) {
    process.stderr.write(`no commune ${slug}\n`);
    process.exitCode = 1;
  } else if (values.stdout) {
    process.stdout.write(toTenantYaml(config));
  } else {
    const file = path.join(env.TENANTS_DIR, slug, 'tenant.yaml');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, toTenantYaml(config));
    process.stdout.write(`wrote ${file}\n`);
  }
} finally {
  await handle.close();
  await database.stop();
}
