import type { Database } from '@communa/db';
import type { ResolvedTenant } from '../tenants/tenant-directory.ts';
import type { CatalogueStage } from './stage-catalogue-store.ts';
import { readCatalogue, readSeatsLeft } from './stage-catalogue-store.ts';

/**
 * The stage catalogue of each commune. The configuration (stages, sessions, windows) is the slow part
 * and changes only when applied: it is kept as long as the commune's directory entry, which NOTIFY
 * replaces on every change. Seat counts are read for each request, or shared for at most
 * `seatsMaxAgeMs` (0: always live), so what a parent sees is never more than that old.
 */
export class StageCatalogue {
  readonly #db: Database;
  readonly #seatsMaxAgeMs: number;
  readonly #stages = new WeakMap<ResolvedTenant, Promise<CatalogueStage[]>>();
  readonly #seats = new Map<string, { readAt: number; seats: Promise<Map<string, number>> }>();

  constructor(db: Database, options: { seatsMaxAgeMs: number }) {
    this.#db = db;
    this.#seatsMaxAgeMs = options.seatsMaxAgeMs;
  }

  stages(tenant: ResolvedTenant): Promise<CatalogueStage[]> {
    const cached = this.#stages.get(tenant);
    if (cached) return cached;
    const loading = readCatalogue(this.#db, tenant);
    this.#stages.set(tenant, loading);
    // A failed read is not kept: the next request tries again.
    loading.catch(() => this.#stages.delete(tenant));
    return loading;
  }

  seatsLeft(tenantId: string): Promise<Map<string, number>> {
    if (this.#seatsMaxAgeMs <= 0) return readSeatsLeft(this.#db, tenantId);
    const now = Date.now();
    const cached = this.#seats.get(tenantId);
    if (cached && now - cached.readAt < this.#seatsMaxAgeMs) return cached.seats;
    const seats = readSeatsLeft(this.#db, tenantId);
    this.#seats.set(tenantId, { readAt: now, seats });
    seats.catch(() => this.#seats.delete(tenantId));
    return seats;
  }
}
