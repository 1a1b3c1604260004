import PgBoss from 'pg-boss';
import postgres from 'postgres';
import { APP_ROLE } from './app-role.ts';

/** pg-boss's own schema, beside ours in the same database. */
export const JOBS_SCHEMA = 'pgboss';

/**
 * Every queue the platform uses. pg-boss 10 gives each queue its own partition table, which only
 * the owner may create: queues are made here, with the migrations, never by the application.
 */
export const JOB_QUEUES = {
  /** One e-mail, rendered when the change that causes it commits; retried with backoff. */
  mail: { name: 'mail', retryLimit: 10, retryDelay: 5, retryBackoff: true, expireInSeconds: 120 },
  /** A waitlist offer's deadline: sent to start at its expiry, it passes the seat on if unanswered. */
  stageOfferExpiry: {
    name: 'stage-offer-expiry',
    retryLimit: 10,
    retryDelay: 5,
    retryBackoff: true,
    expireInSeconds: 120,
  },
  /** An invoice's e-mail (amount, due date, structured communication, QR code), rendered when sent. */
  stageInvoiceMail: {
    name: 'stage-invoice-mail',
    retryLimit: 10,
    retryDelay: 5,
    retryBackoff: true,
    expireInSeconds: 120,
  },
  /** An invoice's due date, then the end of its grace period: a reminder, then the seat released. */
  stageInvoiceDue: {
    name: 'stage-invoice-due',
    retryLimit: 10,
    retryDelay: 5,
    retryBackoff: true,
    expireInSeconds: 120,
  },
} as const satisfies Record<string, PgBoss.Queue>;

export type JobQueueName = (typeof JOB_QUEUES)[keyof typeof JOB_QUEUES]['name'];

/**
 * Installs or upgrades pg-boss's schema and the platform's queues (owner role), and lets the
 * application role send, fetch and complete jobs, not change their structure.
 */
export async function migrateJobs(ownerUrl: string): Promise<void> {
  const boss = new PgBoss({
    connectionString: ownerUrl,
    schema: JOBS_SCHEMA,
    max: 1,
    migrate: true,
    supervise: false,
    schedule: false,
    application_name: 'communa-migrate-jobs',
  });
  boss.on('error', () => {});
  await boss.start();
  try {
    for (const queue of Object.values(JOB_QUEUES)) {
      if (await boss.getQueue(queue.name)) await boss.updateQueue(queue.name, queue);
      else await boss.createQueue(queue.name, queue);
    }
  } finally {
    await boss.stop({ graceful: false, wait: true, close: true });
  }
  const sql = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`
      grant usage on schema ${JOBS_SCHEMA} to ${APP_ROLE};
      grant select, insert, update, delete on all tables in schema ${JOBS_SCHEMA} to ${APP_ROLE};
      grant execute on all functions in schema ${JOBS_SCHEMA} to ${APP_ROLE};
    `);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
