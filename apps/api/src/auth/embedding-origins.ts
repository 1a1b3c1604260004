import type { Database } from '@communa/db';
import { tenants } from '@communa/db';
import { tenantConfigSchema } from '@communa/tenant-config';
import { eq } from 'drizzle-orm';

const embedSchema = tenantConfigSchema.shape.embed;

/**
 * Every origin some active commune lets embed it, for routes that belong to no one commune
 * (`/api/auth/*`). Read again after `ttlMs`, so a commune's new site is accepted within that delay.
 */
export class EmbeddingOrigins {
  readonly #db: Database;
  readonly #ttlMs: number;
  readonly #extra: readonly string[];
  #cached: { origins: ReadonlySet<string>; expiresAt: number } | undefined;
  #loading: Promise<ReadonlySet<string>> | undefined;

  constructor(db: Database, options: { ttlMs: number; extraOrigins?: readonly string[] }) {
    this.#db = db;
    this.#ttlMs = options.ttlMs;
    this.#extra = options.extraOrigins ?? [];
  }

  async allows(origin: string): Promise<boolean> {
    return (await this.all()).has(origin);
  }

  all(): Promise<ReadonlySet<string>> {
    if (this.#cached && this.#cached.expiresAt > Date.now()) return Promise.resolve(this.#cached.origins);
    this.#loading ??= this.#load().finally(() => {
      this.#loading = undefined;
    });
    return this.#loading;
  }

  async #load(): Promise<ReadonlySet<string>> {
    const rows = await this.#db
      .select({ config: tenants.config })
      .from(tenants)
      .where(eq(tenants.active, true));
    const origins = new Set(this.#extra);
    for (const row of rows) {
      const embed = embedSchema.safeParse((row.config as { embed?: unknown }).embed);
      if (embed.success) for (const origin of embed.data.allowedOrigins) origins.add(origin);
    }
    this.#cached = { origins, expiresAt: Date.now() + this.#ttlMs };
    return origins;
  }
}
