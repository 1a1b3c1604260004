import type { Logger } from 'pino';

const DAY_MS = 86_400_000;

/**
 * Runs `task` at start and then once a day in a worker process. Tasks must be idempotent, so
 * several workers doing it is harmless. The task returns how many rows it removed, which is
 * logged when there were any. Returns the function that stops it.
 */
export function startDailyTask(name: string, task: () => Promise<number>, logger: Logger): () => void {
  const run = () => {
    task().then(
      (count) => {
        if (count > 0) logger.info({ task: name, count }, `${name}: done`);
      },
      (error: unknown) => logger.error({ err: error, task: name }, `${name} failed`),
    );
  };
  run();
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
