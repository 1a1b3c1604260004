import { auditEvents, bindTenant, createDb, tenants } from '@communa/db';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { renderNotice } from '../../notifications/templates/notice.ts';
import { startJobQueue } from '../job-queue.ts';
import { enqueueMail } from '../mail-jobs.ts';

// A process that makes a change with its e-mail and is killed (SIGKILL, no clean-up) either just
// before or just after the commit: `node --import tsx enqueue-then-die.ts <appUrl> <ownerUrl> <before-commit|after-commit> <to>`.
const [appUrl, ownerUrl, moment, to] = process.argv.slice(2);
if (!appUrl || !ownerUrl || !to || (moment !== 'before-commit' && moment !== 'after-commit')) {
  process.stderr.write('usage: enqueue-then-die.ts <appUrl> <ownerUrl> <before-commit|after-commit> <to>\n');
  process.exit(2);
}
const die = () => process.kill(process.pid, 'SIGKILL');
const owner = createDb(ownerUrl, { max: 1 });
const [liege] = await owner.db.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, 'liege'));
if (!liege) throw new Error('no commune liege');
const { db } = createDb(appUrl, { max: 2 });
const jobs = await startJobQueue({ appUrl, logger: pino({ level: 'silent' }) });
const brand = {
  lang: 'fr' as const,
  communeName: 'Ville de Liège',
  colorPrimary: '#b5121b',
  colorOnPrimary: '#ffffff',
};
await db.transaction(async (tx) => {
  await bindTenant(tx, liege.id);
  await tx
    .insert(auditEvents)
    .values({ tenantId: liege.id, actorUserId: null, actorEmail: to, action: 'test.change' });
  await enqueueMail(jobs, tx, 'liege', {
    to,
    idempotencyKey: `test/crash/${to}`,
    content: renderNotice(brand, { title: 'Avis', paragraphs: [moment] }),
  });
  if (moment === 'before-commit') die();
});
die();
