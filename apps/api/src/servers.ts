import { createDemoSite } from '@communa/demo-site';
import type { Logger } from 'pino';
import { toDemoCommunes } from './demo-communes.ts';
import type { Env } from './env.ts';
import type { Platform } from './platform.ts';
import { createPlatform } from './platform.ts';
import { startHttpServer } from './server/http-server.ts';
import { seedDemoStaff } from './staff/demo-staff.ts';
import type { FilesApplied } from './tenants/apply-from-files.ts';
import { applyTenantFiles } from './tenants/apply-from-files.ts';

export interface PlatformServersOptions {
  env: Env;
  logger: Logger;
  ownerUrl: string;
  appUrl: string;
  /** Origin browsers use to reach the API; the demo pages load the widgets from it. */
  publicUrl: string;
  /** Port of the demo municipal sites; undefined: none. */
  demoPort?: number | undefined;
  /** Run the job workers here (default true); several web processes may leave them to one worker. */
  workers?: boolean;
}

export interface PlatformServers {
  platform: Platform;
  applied: FilesApplied;
  apiUrl: string;
  demoUrl: string | undefined;
  close: () => Promise<void>;
}

/**
 * Applies the communes' configuration, then starts the API and (outside production) the demo
 * municipal sites: what `npm start` runs, and what browser tests and benchmarks run too.
 */
export async function startPlatformServers(options: PlatformServersOptions): Promise<PlatformServers> {
  const { env, logger } = options;
  const applied = await applyTenantFiles(options.ownerUrl, env.TENANTS_DIR, logger);
  const demoPort = options.demoPort;
  const demoOrigins = demoPort ? [`http://localhost:${demoPort}`, `http://127.0.0.1:${demoPort}`] : [];
  const platform = await createPlatform({
    env,
    logger,
    appUrl: options.appUrl,
    publicUrl: options.publicUrl,
    extraOrigins: demoOrigins,
    workers: options.workers ?? true,
  });
  if (demoPort) {
    // Demo staff (known password) only where the demo sites run, which is never in production.
    const slugs = applied.loaded.filter((t) => t.config.active).map((t) => t.slug);
    await seedDemoStaff(platform.auth, platform.db, platform.tenants, slugs);
  }
  const api = await startHttpServer(platform.app.fetch, env.PORT, env.HOST);
  const demo = demoPort
    ? await startHttpServer(
        createDemoSite({ apiOrigin: options.publicUrl, communes: toDemoCommunes(applied.loaded) }).fetch,
        demoPort,
        env.HOST,
      )
    : undefined;
  return {
    platform,
    applied,
    apiUrl: options.publicUrl,
    demoUrl: demo ? `http://${new URL(options.publicUrl).hostname}:${demo.port}` : undefined,
    close: async () => {
      await Promise.all([api.close(), demo?.close()]);
      await platform.close();
    },
  };
}
