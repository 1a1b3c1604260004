import type { Logger } from 'pino';

export interface AppVariables {
  requestId: string;
  logger: Logger;
}

/** The one Hono environment type of the API. */
export interface AppEnv {
  Variables: AppVariables;
}
