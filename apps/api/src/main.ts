import { parseArgs } from 'node:util';
import { provisionFromEnv } from './database.ts';
import { parseEnv, publicUrl } from './env.ts';
import { createLogger } from './logger.ts';
import type { PlatformServers } from './servers.ts';
import { startPlatformServers } from './servers.ts';
import { DEMO_STAFF_PASSWORD } from './staff/demo-staff.ts';

// `npm start`: database (embedded unless DATABASE_URL), migrations, communes, API, job workers,
// demo sites. `--role web` serves HTTP without job workers; `--role worker` runs the workers (and
// /health) without the demo sites; the default runs everything in one process.
const { values: args } = parseArgs({
  options: {
    'no-demo': { type: 'boolean', default: false },
    role: { type: 'string', default: 'all' },
  },
});
if (!['all', 'web', 'worker'].includes(args.role)) {
  process.stderr.write('--role must be all, web or worker\n');
  process.exit(2);
}
const env = parseEnv();
const logger = createLogger(env);
const database = await provisionFromEnv(env, (line) => logger.debug({ postgres: line.trim() }));
const withDemo =
  env.NODE_ENV !== 'production' && env.DEMO_PORT !== 0 && !args['no-demo'] && args.role !== 'worker';
const servers = await startPlatformServers({
  env,
  logger,
  ownerUrl: database.ownerUrl,
  appUrl: database.appUrl,
  publicUrl: publicUrl(env),
  demoPort: withDemo ? env.DEMO_PORT : undefined,
  workers: args.role !== 'web',
}).catch(async (error: unknown) => {
  await database.stop();
  if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    process.stderr.write(
      `A port Communa needs is taken (${error.message}). Stop the other process, or choose ports with PORT=… DEMO_PORT=….\n`,
    );
    process.exit(1);
  }
  throw error;
});
process.stdout.write(banner(servers));

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  // On SIGINT the embedded PostgreSQL's own exit hook may stop the server while the API closes its
  // connections: what fails then is already closed, so it is logged and the shutdown goes on.
  await servers
    .close()
    .catch((error: unknown) => logger.warn({ err: error }, 'closing after the database stopped'));
  await database.stop();
  logger.flush();
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void shutdown(signal));
}

function banner({ apiUrl, demoUrl, applied }: PlatformServers): string {
  const lines = [
    '',
    'Communa is running.',
    `  API               ${apiUrl}`,
    `  OpenAPI document  ${apiUrl}/v1/openapi.json`,
    `  API reference     ${apiUrl}/v1/reference`,
    `  Widget loader     ${apiUrl}/widgets/v1/communa.js`,
    `  Back-office       ${apiUrl}/admin/`,
    ...(env.NODE_ENV === 'production' ? [] : [`  Dev mailbox       ${apiUrl}/dev/mail`]),
    `  Database          ${database.embedded ? `embedded PostgreSQL in ${env.DATA_DIR}/pg` : 'DATABASE_URL'}`,
  ];
  if (demoUrl) {
    lines.push(`  Demo sites        ${demoUrl}/`);
    for (const { config } of applied.loaded) {
      lines.push(`    ${config.slug.padEnd(16)}${demoUrl}/${config.slug}/${config.languages.default}/`);
    }
    const first = applied.loaded[0]?.slug;
    if (first) lines.push(`    strict CSP      ${demoUrl}/strict-csp/${first}/`);
    lines.push(`  Demo staff        <role>@<commune>.communa.test, password ${DEMO_STAFF_PASSWORD}`);
  }
  lines.push('Press Ctrl-C to stop.', '');
  return `${lines.join('\n')}\n`;
}
