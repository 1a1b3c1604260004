import { parseArgs } from 'node:util';
import { withTenant } from '@communa/db';
import { z } from 'zod';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { provisionFromEnv } from '../database.ts';
import { parseEnv, publicUrl } from '../env.ts';
import { createLogger } from '../logger.ts';
import { createPlatform } from '../platform.ts';
import { ensureStaffAccount } from '../staff/staff-accounts.ts';

// `npm run admin:create -- --tenant <slug> --email <address> [--name "<name>"]`: the first admin
// of a commune (or one more). They sign in at /admin with a code e-mailed to that address, then
// set up their authenticator app; nobody ever chooses a password for them.
const usage = 'usage: npm run admin:create -- --tenant <slug> --email <address> [--name "<full name>"]\n';
const { values } = parseArgs({
  options: { tenant: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' } },
});
const email = z.email().safeParse(values.email);
if (!values.tenant || !email.success) {
  process.stderr.write(usage);
  process.exit(2);
}
const env = parseEnv();
const database = await provisionFromEnv(env);
const platform = await createPlatform({
  env,
  logger: createLogger({ ...env, LOG_LEVEL: 'warn' }),
  appUrl: database.appUrl,
  publicUrl: publicUrl(env),
  workers: false,
});
// Given to process.exit once everything is closed: set as process.exitCode alone, the failure was
// reported as success (exit 0) on this path; the test checks both statuses.
let exitCode = 0;
try {
  const tenant = await platform.tenants.resolve(values.tenant);
  if (!tenant) {
    process.stderr.write(`no active commune “${values.tenant}”: run npm run tenants:apply first\n`);
    exitCode = 1;
  } else {
    const { userId, created } = await ensureStaffAccount(platform.auth, platform.db, {
      tenantId: tenant.id,
      email: email.data,
      name: values.name ?? email.data,
      roles: ['admin'],
    });
    await withTenant(platform.db, tenant.id, (tx) =>
      recordAuditEvent(tx, {
        tenantId: tenant.id,
        actorUserId: null,
        actorEmail: null,
        action: 'staff.admin_created',
        targetType: 'user',
        targetId: userId,
        detail: { email: email.data.toLowerCase(), by: 'admin:create' },
      }),
    );
    process.stdout.write(
      `${created ? 'created' : 'updated'} admin ${email.data} of ${tenant.slug}\n` +
        `sign in at ${publicUrl(env)}/admin with a code sent to that address, then set up an authenticator app\n`,
    );
  }
} finally {
  await platform.close();
  await database.stop();
}
process.exit(exitCode);
