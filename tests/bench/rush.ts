import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { findFreePort } from '@communa/db';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { startNode, waitFor } from './processes.ts';
import { runRushBaseline } from './rush-baseline.ts';
import { countOverbooked } from './rush-check.ts';
import { createRushFamilies, rushPair } from './rush-families.ts';
import { RUSH_SESSIONS, RUSH_TENANT, writeRushTenant } from './rush-tenant.ts';

const CONNECTIONS = 32;
const SECONDS = 10;
const WARMUP_SECONDS = 2;
/** F + 1 = 2001 is coprime with the 200 sessions: see rushPair. */
const FAMILIES = 2000;

interface RushBenchOptions {
  root: string;
  ownerUrl: string;
  appUrl: string;
}

/**
 * `bench rush`: POST /v1/tenants/rush/me/enrolments on the real API (production mode, its own
 * process; each request authenticated by a bearer session, validated, run under the commune's RLS and
 * enqueuing its confirmation e-mail), 32 clients over 200 sessions of 20 seats, against the same
 * PostgreSQL driven directly by SQL at the same concurrency. Overbooking is counted in the database
 * afterwards.
 */
export async function rushBench(options: RushBenchOptions): Promise<string> {
  const scratch = path.join(options.root, '.data', `bench-rush-${process.pid}`);
  const tenantsDir = path.join(scratch, 'tenants');
  await mkdir(scratch, { recursive: true });
  await writeRushTenant(options.root, tenantsDir, new Date());
  const apiPort = await findFreePort();
  const api = startNode(path.join(options.root, 'apps/api/src/main.ts'), {
    NODE_ENV: 'production',
    PORT: String(apiPort),
    HOST: '127.0.0.1',
    DATABASE_URL: options.ownerUrl,
    DATABASE_APP_URL: options.appUrl,
    TENANTS_DIR: tenantsDir,
    DATA_DIR: scratch,
    LOG_LEVEL: 'warn',
    AUTH_SECRET: randomBytes(32).toString('hex'),
    HEALTH_DATA_KEY: randomBytes(32).toString('base64'),
  });
  const owner = postgres(options.ownerUrl, { max: 1, onnotice: () => {} });
  try {
    await waitFor(`http://127.0.0.1:${apiPort}/health/ready`);
    const [tenant] = await owner<{ id: string }[]>`select id from tenants where slug = ${RUSH_TENANT}`;
    if (!tenant) throw new Error('the rush commune was not applied');
    const sessions = await owner<{ id: string }[]>`
      select id from stage_sessions where tenant_id = ${tenant.id} order by first_day`;
    if (sessions.length !== RUSH_SESSIONS) throw new Error(`expected ${RUSH_SESSIONS} sessions`);
    const sessionIds = sessions.map((s) => s.id);
    const families = await createRushFamilies(owner, tenant.id, FAMILIES);

    const baseline = await runRushBaseline(options.ownerUrl, {
      tenantId: tenant.id,
      families,
      sessionIds,
      connections: CONNECTIONS,
      warmupSeconds: WARMUP_SECONDS,
      seconds: SECONDS,
    });

    const url = `http://127.0.0.1:${apiPort}/v1/tenants/${RUSH_TENANT}/me/enrolments`;
    let k = 0;
    const next = () => {
      const pair = rushPair(k++, families.length, sessionIds.length);
      const family = families[pair.family];
      const sessionId = sessionIds[pair.session];
      if (!family || !sessionId) throw new Error('no family or session for a request');
      return {
        authorization: `Bearer ${family.token}`,
        body: JSON.stringify({ sessionId, childIds: [family.childId] }),
      };
    };
    await drive(url, next, WARMUP_SECONDS);
    // The tables as autovacuum keeps them on a live database: analysed once written to. Freshly
    // created and empty, the planner's cached plans for foreign-key checks pick an index on the
    // commune alone and scan its rows, so each check grows slower as the rush fills the table.
    await owner`analyze`;
    const measured = await drive(url, next, SECONDS);
    const failures = measured.errors + measured.timeouts + measured.non2xx;
    if (failures > 0) throw new Error(`rush bench saw ${failures} errors or non-2xx answers`);
    const overbooked = await countOverbooked(owner, tenant.id);
    // A batch that fails is served again one request at a time: right answers, but not the rush measured.
    const fellBack = api.lines().filter((line) => line.includes('enrolment batch failed')).length;
    if (fellBack > 0) throw new Error(`${fellBack} enrolment batches failed and were served one by one`);
    const rps = measured.requests.average;
    return `bench rush: rps=${Math.round(rps)} baseline_tps=${Math.round(baseline.tps)} ratio=${(rps / baseline.tps).toFixed(2)} p99_ms=${measured.latency.p99} overbooked=${overbooked}`;
  } finally {
    await owner.end();
    await api.stop();
    await rm(scratch, { recursive: true, force: true });
  }
}

function drive(
  url: string,
  next: () => { authorization: string; body: string },
  seconds: number,
): Promise<autocannon.Result> {
  if (!/^http:\/\/127\.0\.0\.1[:/]/.test(url)) throw new Error(`refusing to load ${url}`);
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    pipelining: 1,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const { authorization, body } = next();
          return {
            ...request,
            headers: { ...request.headers, authorization, 'content-type': 'application/json' },
            body,
          };
        },
      },
    ],
  });
}
