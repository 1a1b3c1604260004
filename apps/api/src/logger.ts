import type { Logger } from 'pino';
import pino from 'pino';
import type { Env } from './env.ts';

/**
 * Structured JSON logs on stdout; secrets and personal data are never passed to it. Lines are
 * buffered and written in batches (one access line per request would otherwise cost a system
 * call each); `flush` is called on shutdown.
 */
export function createLogger(env: Pick<Env, 'LOG_LEVEL'>): Logger {
  return pino(
    {
      level: env.LOG_LEVEL,
      base: { service: 'communa-api' },
      redact: ['req.headers.authorization', 'req.headers.cookie'],
    },
    pino.destination({ dest: 1, sync: false }),
  );
}
