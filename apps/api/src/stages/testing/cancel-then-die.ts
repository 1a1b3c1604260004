import { createDb, withTenant } from '@communa/db';
import pino from 'pino';
import { startJobQueue } from '../../jobs/job-queue.ts';
import { TenantDirectory } from '../../tenants/tenant-directory.ts';
import { cancelEnrolment } from '../cancel-enrolment.ts';

// A process that cancels an enrolment (its seat offered to the waitlist, with the offer's e-mail and
// expiry job) and is killed (SIGKILL, no clean-up) just before or just after the commit:
// `node --import tsx cancel-then-die.ts <appUrl> <before-commit|after-commit> <tenant> <householdId> <enrolmentId>`.
const [appUrl, moment, slug, householdId, enrolmentId] = process.argv.slice(2);
if (
  !appUrl ||
  !slug ||
  !householdId ||
  !enrolmentId ||
  (moment !== 'before-commit' && moment !== 'after-commit')
) {
  process.stderr.write(
    'usage: cancel-then-die.ts <appUrl> <before-commit|after-commit> <tenant> <householdId> <enrolmentId>\n',
  );
  process.exit(2);
}
const die = () => process.kill(process.pid, 'SIGKILL');
const { db } = createDb(appUrl, { max: 2 });
const tenant = await new TenantDirectory(db, { ttlMs: 0, healthSheetRetentionDays: 30 }).resolve(slug);
if (!tenant) throw new Error(`no commune ${slug}`);
const jobs = await startJobQueue({ appUrl, logger: pino({ level: 'silent' }) });
await withTenant(db, tenant.id, async (tx) => {
  await cancelEnrolment(tx, { jobs, offerHours: 48 }, tenant, {
    householdId,
    enrolmentId,
    reason: 'personal',
    now: new Date(),
  });
  if (moment === 'before-commit') die();
});
die();
