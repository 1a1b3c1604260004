import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PlatformServers } from '@communa/api';
import { parseEnv, startPlatformServers } from '@communa/api';
import { findFreePort } from '@communa/db';
import type { TestDatabase } from '@communa/db/testing';
import { createTestDatabase } from '@communa/db/testing';
import pino from 'pino';

export interface RunningPlatform extends PlatformServers {
  database: TestDatabase;
  close: () => Promise<void>;
}

/**
 * The API and the demo municipal sites on real ports of 127.0.0.1, over a database of the test
 * file's own with the demo communes applied: what a browser test talks to.
 */
export async function startRunningPlatform(): Promise<RunningPlatform> {
  const database = await createTestDatabase();
  const apiPort = await findFreePort();
  // A data folder of its own: the development mailbox of one test file is not another's.
  const dataDir = await mkdtemp(path.join(tmpdir(), 'communa-data-'));
  const servers = await startPlatformServers({
    env: parseEnv({
      NODE_ENV: 'test',
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      DATA_DIR: dataDir,
      JOB_POLL_SECONDS: '0.5',
    }),
    logger: pino({ level: 'silent' }),
    ownerUrl: database.ownerUrl,
    appUrl: database.appUrl,
    publicUrl: `http://127.0.0.1:${apiPort}`,
    demoPort: await findFreePort(),
  });
  return {
    ...servers,
    database,
    close: async () => {
      await servers.close();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
