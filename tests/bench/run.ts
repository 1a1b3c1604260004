import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { enableAppRoleLogin, findFreePort, runMigrations, startEmbeddedPostgres } from '@communa/db';
import { readBench } from './read.ts';
import { rushBench } from './rush.ts';

// `npm run bench`: every figure against a baseline measured in the same run, on 127.0.0.1 only.
// `npm run bench -- rush` (or `read`, which also prints `bench catalog:`) runs only the benches named.
const BENCHES = ['read', 'rush'];
const only = new Set(process.argv.slice(2));
const unknown = [...only].filter((name) => !BENCHES.includes(name));
if (unknown.length > 0)
  throw new Error(`no bench named ${unknown.join(', ')}: choose among ${BENCHES.join(', ')}`);
const wanted = (name: string) => only.size === 0 || only.has(name);
const root = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = path.join(root, '.data', `pg-bench-${process.pid}`);
const server = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), ephemeral: true });
try {
  const ownerUrl = server.adminUrl;
  await runMigrations(ownerUrl);
  const appUrl = await enableAppRoleLogin(ownerUrl, 'communa-bench-password');
  const bodyFile = path.join(root, '.data', `bench-body-${process.pid}.json`);
  if (wanted('read')) {
    for (const line of await readBench({ root, ownerUrl, appUrl, bodyFile, writeFile })) {
      process.stdout.write(`${line}\n`);
    }
    await rm(bodyFile, { force: true });
  }
  if (wanted('rush')) process.stdout.write(`${await rushBench({ root, ownerUrl, appUrl })}\n`);
} finally {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
