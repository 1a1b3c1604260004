import type { JobQueueName, Transaction } from '@communa/db';
import { JOBS_SCHEMA } from '@communa/db';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { transactionDb } from './transaction-db.ts';

export interface JobQueue {
  /**
   * Enqueues a job in the caller's transaction: it runs only if that transaction commits, and not
   * before `startAfter` when given.
   */
  send(tx: Transaction, queue: JobQueueName, data: object, options?: { startAfter?: Date }): Promise<void>;
  /** Enqueues several jobs in the caller's transaction with one statement (see send). */
  sendAll(tx: Transaction, jobs: readonly OutgoingJob[]): Promise<void>;
  /** Runs `handler` for each job of `queue`, one at a time; a throw retries it (with backoff). */
  work<T extends object>(
    queue: JobQueueName,
    handler: (data: T, jobId: string) => Promise<void>,
  ): Promise<void>;
  stop(): Promise<void>;
}

/** A job to enqueue: its queue, its data, and when it may run at the earliest. */
export interface OutgoingJob {
  queue: JobQueueName;
  data: object;
  startAfter?: Date | undefined;
}

export interface JobQueueOptions {
  /** Application-role URL: the queues themselves were made by the migrations. */
  appUrl: string;
  logger: Logger;
  /** Seconds between polls of an idle queue (pg-boss's minimum is 0.5). */
  pollingSeconds?: number;
}

/** pg-boss in our PostgreSQL, as the application role (it may send and work jobs, not alter queues). */
export async function startJobQueue(options: JobQueueOptions): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString: options.appUrl,
    schema: JOBS_SCHEMA,
    migrate: false,
    schedule: false,
    max: 4,
    application_name: 'communa-jobs',
  });
  boss.on('error', (error) => options.logger.error({ err: error }, 'job queue error'));
  await boss.start();
  const pollingIntervalSeconds = options.pollingSeconds ?? 2;
  // pg-boss's insert binds the jobs as one JSON parameter (send binds about twenty per job): cheaper
  // to build, and each queue's retry and retention policy applies the same.
  const sendAll = async (tx: Transaction, jobs: readonly OutgoingJob[]) => {
    if (jobs.length === 0) return;
    await boss.insert(
      jobs.map(({ queue, data, startAfter }) => ({
        name: queue,
        data,
        ...(startAfter ? { startAfter } : {}),
      })),
      { db: transactionDb(tx) },
    );
  };
  return {
    send: (tx, queue, data, options) => sendAll(tx, [{ queue, data, startAfter: options?.startAfter }]),
    sendAll,
    work: async (queue, handler) => {
      await boss.work(queue, { batchSize: 1, pollingIntervalSeconds }, async (jobs) => {
        for (const job of jobs) await handler(job.data as Parameters<typeof handler>[0], job.id);
      });
    },
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000, close: true }),
  };
}
