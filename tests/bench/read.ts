import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { findFreePort } from '@communa/db';
import type { LoadResult } from './load.ts';
import { load } from './load.ts';
import { startNode, waitFor } from './processes.ts';

const CONNECTIONS = 64;
const SECONDS = 10;
const WARMUP_SECONDS = 2;
/** Measurements alternate between the two servers, so drift in the machine's load hits both. */
const ROUNDS = 2;

interface ReadBenchOptions {
  root: string;
  ownerUrl: string;
  appUrl: string;
  bodyFile: string;
  writeFile: (file: string, data: string) => Promise<void>;
}

/** What each line measures: a public read, against a bare Hono app answering the same bytes. */
const READS = [
  { name: 'read', path: '/v1/tenants/liege' },
  // The catalogue with seat counts read live from PostgreSQL on every request.
  { name: 'catalog', path: '/v1/tenants/liege/stages' },
] as const;

/**
 * `bench read` (GET /v1/tenants/liege) and `bench catalog` (GET /v1/tenants/liege/stages) on the
 * real API (production mode, its own process), each against a bare Hono app answering the same bytes
 * as a constant (its own process too). Returns one line per read.
 */
export async function readBench(options: ReadBenchOptions): Promise<string[]> {
  const apiPort = await findFreePort();
  const api = startNode(path.join(options.root, 'apps/api/src/main.ts'), {
    NODE_ENV: 'production',
    PORT: String(apiPort),
    HOST: '127.0.0.1',
    DATABASE_URL: options.ownerUrl,
    DATABASE_APP_URL: options.appUrl,
    LOG_LEVEL: 'info',
    AUTH_SECRET: randomBytes(32).toString('hex'),
    HEALTH_DATA_KEY: randomBytes(32).toString('base64'),
  });
  try {
    await waitFor(`http://127.0.0.1:${apiPort}/health/ready`);
    const lines: string[] = [];
    for (const read of READS) {
      lines.push(await compareWithBaseline(options, read.name, `http://127.0.0.1:${apiPort}${read.path}`));
    }
    return lines;
  } finally {
    await api.stop();
  }
}

async function compareWithBaseline(options: ReadBenchOptions, name: string, url: string): Promise<string> {
  const body = await (await fetch(url)).text();
  await options.writeFile(options.bodyFile, body);
  const basePort = await findFreePort();
  const baseline = startNode(path.join(options.root, 'tests/bench/bare-hono.ts'), {
    PORT: String(basePort),
    BENCH_BODY_FILE: options.bodyFile,
  });
  try {
    const baseUrl = `http://127.0.0.1:${basePort}${new URL(url).pathname}`;
    await waitFor(baseUrl);
    await load(baseUrl, CONNECTIONS, WARMUP_SECONDS);
    await load(url, CONNECTIONS, WARMUP_SECONDS);
    const base: LoadResult[] = [];
    const measured: LoadResult[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      base.push(await load(baseUrl, CONNECTIONS, SECONDS));
      measured.push(await load(url, CONNECTIONS, SECONDS));
    }
    const failures = measured.reduce((n, r) => n + r.errors + r.non2xx, 0);
    if (failures > 0) throw new Error(`${name} bench saw ${failures} errors or non-2xx answers`);
    const rps = mean(measured.map((r) => r.rps));
    const baseRps = mean(base.map((r) => r.rps));
    const p99 = Math.max(...measured.map((r) => r.p99Ms));
    return `bench ${name}: rps=${Math.round(rps)} baseline_rps=${Math.round(baseRps)} ratio=${(rps / baseRps).toFixed(2)} p99_ms=${p99} body_bytes=${Buffer.byteLength(body)}`;
  } finally {
    await baseline.stop();
  }
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
