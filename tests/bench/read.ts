import path from 'node:path';
import { findFreePort } from '@communa/db';
import { load } from './load.ts';
import { startNode, waitFor } from './processes.ts';

const CONNECTIONS = 64;
const SECONDS = 10;
const WARMUP_SECONDS = 2;

interface ReadBenchOptions {
  root: string;
  ownerUrl: string;
  appUrl: string;
  bodyFile: string;
  writeFile: (file: string, data: string) => Promise<void>;
}

/**
 * `bench read`: GET /v1/tenants/liege on the real API (production mode, separate process) against
 * a bare Hono app answering the same bytes as a constant.
 */
export async function readBench(options: ReadBenchOptions): Promise<string> {
  const apiPort = await findFreePort();
  const api = startNode(path.join(options.root, 'apps/api/src/main.ts'), {
    NODE_ENV: 'production',
    PORT: String(apiPort),
    HOST: '127.0.0.1',
    DATABASE_URL: options.ownerUrl,
    DATABASE_APP_URL: options.appUrl,
    LOG_LEVEL: 'info',
  });
  try {
    await waitFor(`http://127.0.0.1:${apiPort}/health/ready`);
    const url = `http://127.0.0.1:${apiPort}/v1/tenants/liege`;
    const body = await (await fetch(url)).text();
    await options.writeFile(options.bodyFile, body);

    const basePort = await findFreePort();
    const baseline = startNode(path.join(options.root, 'tests/bench/bare-hono.ts'), {
      PORT: String(basePort),
      BENCH_BODY_FILE: options.bodyFile,
    });
    let baseRps: number;
    try {
      const baseUrl = `http://127.0.0.1:${basePort}/v1/tenants/liege`;
      await waitFor(baseUrl);
      await load(baseUrl, CONNECTIONS, WARMUP_SECONDS);
      baseRps = (await load(baseUrl, CONNECTIONS, SECONDS)).rps;
    } finally {
      await baseline.stop();
    }

    await load(url, CONNECTIONS, WARMUP_SECONDS);
    const measured = await load(url, CONNECTIONS, SECONDS);
    if (measured.errors > 0 || measured.non2xx > 0) {
      throw new Error(`read bench saw ${measured.errors} errors and ${measured.non2xx} non-2xx answers`);
    }
    const ratio = measured.rps / baseRps;
    return `bench read: rps=${Math.round(measured.rps)} baseline_rps=${Math.round(baseRps)} ratio=${ratio.toFixed(2)} p99_ms=${measured.p99Ms} body_bytes=${Buffer.byteLength(body)}`;
  } finally {
    await api.stop();
  }
}
