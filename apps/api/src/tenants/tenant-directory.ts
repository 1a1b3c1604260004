import type { Database } from '@communa/db';
import { tenantServices, tenants, withTenant } from '@communa/db';
import { tenantConfigSchema } from '@communa/tenant-config';
import { and, asc, eq } from 'drizzle-orm';
import type postgres from 'postgres';
import { entityTag } from './etag.ts';
import { toPublicTenant } from './public-tenant.ts';
import type { PublicTenant } from './public-tenant-schema.ts';

/** A commune as request handling needs it: its id, who may embed it and its public answer. */
export interface ResolvedTenant {
  id: string;
  slug: string;
  allowedOrigins: ReadonlySet<string>;
  publicConfig: PublicTenant;
  /** The public configuration encoded as UTF-8 and its entity tag, computed once per cache fill. */
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

export const TENANT_CHANGED_CHANNEL = 'communa_tenant_changed';

interface CacheEntry {
  tenant: ResolvedTenant;
  expiresAt: number;
}

/**
 * Resolves a `{tenant}` slug to an active commune, keeping each answer in memory: the public
 * configuration is read on every widget load, and changes only when a commune's configuration is
 * applied, which announces itself with NOTIFY. The time limit is a safety net for a missed notice.
 */
export class TenantDirectory {
  readonly #db: Database;
  readonly #ttlMs: number;
  readonly #extraOrigins: readonly string[];
  readonly #healthSheetRetentionDays: number;
  readonly #cache = new Map<string, CacheEntry>();
  readonly #loading = new Map<string, Promise<ResolvedTenant | undefined>>();
  /** Bumped by every invalidation, so a load that raced with a change does not cache old data. */
  #generation = 0;

  constructor(
    db: Database,
    options: { ttlMs: number; healthSheetRetentionDays: number; extraOrigins?: readonly string[] },
  ) {
    this.#db = db;
    this.#ttlMs = options.ttlMs;
    this.#healthSheetRetentionDays = options.healthSheetRetentionDays;
    this.#extraOrigins = options.extraOrigins ?? [];
  }

  resolve(slug: string): Promise<ResolvedTenant | undefined> {
    const cached = this.#cache.get(slug);
    if (cached && cached.expiresAt > Date.now()) return Promise.resolve(cached.tenant);
    const pending = this.#loading.get(slug);
    if (pending) return pending;
    const loading = this.#load(slug).finally(() => this.#loading.delete(slug));
    this.#loading.set(slug, loading);
    return loading;
  }

  invalidate(slug?: string): void {
    this.#generation += 1;
    if (slug) this.#cache.delete(slug);
    else this.#cache.clear();
  }

  /** Drops a commune's cached answer whenever tenants:apply (or, later, an editor) announces a change. */
  async listen(sql: postgres.Sql): Promise<() => Promise<void>> {
    const { unlisten } = await sql.listen(
      TENANT_CHANGED_CHANNEL,
      (slug) => this.invalidate(slug || undefined),
      () => this.invalidate(),
    );
    return unlisten;
  }

  async #load(slug: string): Promise<ResolvedTenant | undefined> {
    const generation = this.#generation;
    const [row] = await this.#db
      .select({ id: tenants.id, config: tenants.config })
      .from(tenants)
      .where(and(eq(tenants.slug, slug), eq(tenants.active, true)))
      .limit(1);
    if (!row) return undefined;
    // The registry row holds the configuration without its services (they have their own table).
    const config = tenantConfigSchema.parse({ ...(row.config as object), services: [] });
    const services = await withTenant(this.#db, row.id, (tx) =>
      tx
        .select()
        .from(tenantServices)
        .where(and(eq(tenantServices.tenantId, row.id), eq(tenantServices.enabled, true)))
        .orderBy(asc(tenantServices.position)),
    );
    const publicConfig = toPublicTenant(config, services, {
      healthSheetRetentionDays: this.#healthSheetRetentionDays,
    });
    const json = JSON.stringify(publicConfig);
    const tenant: ResolvedTenant = {
      id: row.id,
      slug,
      allowedOrigins: new Set([...config.embed.allowedOrigins, ...this.#extraOrigins]),
      publicConfig,
      // Bytes, not a string: Node would otherwise measure and encode the same text on every answer.
      body: new TextEncoder().encode(json),
      etag: entityTag(json),
    };
    if (generation === this.#generation) {
      this.#cache.set(slug, { tenant, expiresAt: Date.now() + this.#ttlMs });
    }
    return tenant;
  }
}
