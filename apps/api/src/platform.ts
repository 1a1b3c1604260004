import { adminDistDir } from '@communa/admin/dist-path';
import type { Database } from '@communa/db';
import { createDb } from '@communa/db';
import { widgetsDistDir } from '@communa/widgets/dist-path';
import type { Logger } from 'pino';
import { loadAdminAssets } from './admin-app/admin-assets.ts';
import type { App } from './app.ts';
import { createApp } from './app.ts';
import { wireAuth } from './auth/auth-wiring.ts';
import type { Auth } from './auth/create-auth.ts';
import type { Env } from './env.ts';
import { closeEndedRequests } from './event-decisions/request-closing.ts';
import { remindPendingOpinions } from './event-opinions/opinion-reminders.ts';
import { healthKeyringFromEnv } from './health-sheets/health-keys.ts';
import { startHealthSheetRetention } from './health-sheets/health-sheet-retention.ts';
import { purgeExpiredIdempotencyKeys } from './idempotency/idempotency-purge.ts';
import { startDailyTask } from './jobs/daily-task.ts';
import type { JobQueue } from './jobs/job-queue.ts';
import { startJobQueue } from './jobs/job-queue.ts';
import { workMailJobs } from './jobs/mail-jobs.ts';
import { createMailTransports, mailTransportSettings } from './notifications/create-mail-transport.ts';
import { workInvoiceJobs } from './payments/invoice-jobs.ts';
import { workOfferExpiryJobs } from './stages/offer-expiry-jobs.ts';
import { TenantDirectory } from './tenants/tenant-directory.ts';
import { loadWidgetAssets } from './widgets/widget-assets.ts';

export interface PlatformOptions {
  env: Env;
  logger: Logger;
  /** Application-role URL: every request runs as the non-owner role, under RLS. */
  appUrl: string;
  publicUrl: string;
  /** Origins allowed to embed every commune besides their own lists (the local demo site). */
  extraOrigins?: readonly string[];
  /** Run the job workers in this process (default true; `--role web` turns them off). */
  workers?: boolean;
}

export interface Platform {
  app: App;
  /** The application-role connection pool. */
  db: Database;
  tenants: TenantDirectory;
  /** better-auth, for routes that need the signed-in citizen (requireCitizen). */
  auth: Auth;
  /** pg-boss: jobs enqueued in business transactions. */
  jobs: JobQueue;
  close: () => Promise<void>;
}

/** The API's moving parts wired together: connection pool, caches, widget bundle, routes. */
export async function createPlatform(options: PlatformOptions): Promise<Platform> {
  const { env, logger } = options;
  const handle = createDb(options.appUrl, { max: env.DATABASE_POOL_SIZE, applicationName: 'communa-api' });
  const tenants = new TenantDirectory(handle.db, {
    ttlMs: env.TENANT_CACHE_TTL_SECONDS * 1000,
    healthSheetRetentionDays: env.HEALTH_SHEET_RETENTION_DAYS,
    extraOrigins: options.extraOrigins ?? [],
  });
  const unlisten = await tenants.listen(handle.sql);
  const widgetAssets = await loadWidgetAssets(widgetsDistDir);
  if (widgetAssets.size === 0) logger.warn({ widgetsDistDir }, 'widget bundle not built: run npm run build');
  const adminAssets = await loadAdminAssets(adminDistDir);
  if (adminAssets.size === 0)
    logger.warn({ adminDistDir }, 'back-office not built: run npm run build:assets');
  const mail = createMailTransports(mailTransportSettings(env));
  const authRoutes = wireAuth({
    env,
    db: handle.db,
    logger,
    tenants,
    mail,
    publicUrl: options.publicUrl,
    extraOrigins: options.extraOrigins ?? [],
  });
  const invoiceTerms = { dueDays: env.STAGE_INVOICE_DUE_DAYS, graceDays: env.STAGE_INVOICE_GRACE_DAYS };
  const jobs = await startJobQueue({ appUrl: options.appUrl, logger, pollingSeconds: env.JOB_POLL_SECONDS });
  const workers = options.workers ?? true;
  const stopPurges = workers
    ? [
        startHealthSheetRetention({ db: handle.db, logger, retentionDays: env.HEALTH_SHEET_RETENTION_DAYS }),
        startDailyTask(
          'idempotency key purge',
          () => purgeExpiredIdempotencyKeys(handle.db, new Date()),
          logger,
        ),
        startDailyTask(
          'event opinion reminders',
          () =>
            remindPendingOpinions({ db: handle.db, jobs, tenants, publicUrl: options.publicUrl }, new Date()),
          logger,
        ),
        startDailyTask(
          'closing of ended event requests',
          () => closeEndedRequests(handle.db, new Date()),
          logger,
        ),
      ]
    : [];
  if (workers) {
    await workMailJobs(jobs, { mailer: authRoutes.mailer, tenants, logger });
    await workOfferExpiryJobs(jobs, { db: handle.db, tenants, logger, offerHours: env.STAGE_OFFER_HOURS });
    await workInvoiceJobs(jobs, {
      db: handle.db,
      tenants,
      logger,
      mailer: authRoutes.mailer,
      invoiceTerms,
      offerHours: env.STAGE_OFFER_HOURS,
    });
  }
  const app = await createApp({
    db: handle.db,
    jobs,
    logger,
    tenants,
    widgetAssets,
    adminAssets,
    publicUrl: options.publicUrl,
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    clientIpHeader: env.AUTH_CLIENT_IP_HEADER,
    accountWritesPerMinute: env.ACCOUNT_WRITES_PER_MINUTE,
    stageOfferHours: env.STAGE_OFFER_HOURS,
    invoiceTerms,
    healthKeys: healthKeyringFromEnv(env),
    devMailbox: env.NODE_ENV === 'production' ? undefined : mail.mailbox,
    auth: authRoutes,
  });
  return {
    app,
    db: handle.db,
    tenants,
    auth: authRoutes.auth,
    jobs,
    close: async () => {
      for (const stop of stopPurges) stop();
      await jobs.stop();
      await unlisten();
      await handle.close();
    },
  };
}
