import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDb } from '@communa/db';
import pino from 'pino';
import type { AdminAssets } from '../admin-app/admin-assets.ts';
import type { App } from '../app.ts';
import { createApp } from '../app.ts';
import { wireAuth } from '../auth/auth-wiring.ts';
import { parseEnv } from '../env.ts';
import { healthKeyringFromEnv } from '../health-sheets/health-keys.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { createMailTransports, mailTransportSettings } from '../notifications/create-mail-transport.ts';
import { TenantDirectory } from '../tenants/tenant-directory.ts';

/** The origin tests pretend the API is reached at. */
export const TEST_PUBLIC_URL = 'http://api.communa.test';

/**
 * The application with a connection pool that is never opened (postgres.js connects on first
 * query): for what needs no database, such as generating the OpenAPI document or exercising the
 * request pipeline on routes that answer before any query.
 */
/** No database, so no jobs: the offline app's routes answer before any would be enqueued. */
const offlineJobQueue: JobQueue = {
  send: () => Promise.reject(new Error('the offline app has no job queue')),
  sendAll: () => Promise.reject(new Error('the offline app has no job queue')),
  work: () => Promise.reject(new Error('the offline app has no job queue')),
  stop: async () => {},
};

export async function createOfflineApp(
  options: { bodyLimitBytes?: number; adminAssets?: AdminAssets } = {},
): Promise<App> {
  const env = parseEnv({ NODE_ENV: 'test', DATA_DIR: path.join(tmpdir(), 'communa-offline') });
  const { db } = createDb('postgres://offline@127.0.0.1:9/offline', { max: 1 });
  const logger = pino({ level: 'silent' });
  const tenants = new TenantDirectory(db, {
    ttlMs: 0,
    healthSheetRetentionDays: env.HEALTH_SHEET_RETENTION_DAYS,
  });
  return createApp({
    db,
    jobs: offlineJobQueue,
    logger,
    tenants,
    widgetAssets: new Map(),
    adminAssets: options.adminAssets ?? new Map(),
    publicUrl: TEST_PUBLIC_URL,
    bodyLimitBytes: options.bodyLimitBytes ?? 1024 * 1024,
    clientIpHeader: env.AUTH_CLIENT_IP_HEADER,
    accountWritesPerMinute: env.ACCOUNT_WRITES_PER_MINUTE,
    stageOfferHours: env.STAGE_OFFER_HOURS,
    healthKeys: healthKeyringFromEnv(env),
    invoiceTerms: { dueDays: env.STAGE_INVOICE_DUE_DAYS, graceDays: env.STAGE_INVOICE_GRACE_DAYS },
    auth: wireAuth({
      env,
      db,
      logger,
      tenants,
      mail: createMailTransports(mailTransportSettings(env)),
      publicUrl: TEST_PUBLIC_URL,
      extraOrigins: [],
    }),
  });
}
