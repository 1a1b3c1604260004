import type { Database } from '@communa/db';
import { brusselsToday } from '../households/child-rules.ts';
import type { ResolvedTenant } from '../tenants/tenant-directory.ts';
import { filterCatalogue, presentStage } from './present-catalogue.ts';
import type { CatalogueStage } from './stage-catalogue-store.ts';
import { readCatalogue, readSeatsLeft } from './stage-catalogue-store.ts';
import type { CatalogueQuery, StageCatalogueBody } from './stage-schemas.ts';

/** Distinct filter combinations kept per commune; past this, the oldest answers are dropped. */
const MAX_ANSWERS_PER_COMMUNE = 256;

type Answer = { builtAt: number; body: Promise<string | undefined> };

/**
 * The stage catalogue of each commune, as serialised answers. The configuration (stages, sessions,
 * windows) is the slow part and changes only when applied: it is kept as long as the commune's
 * directory entry, which NOTIFY replaces on every change. Seat counts and enrolment statuses are read
 * when an answer is built; an answer is reused for at most `maxAgeMs` (0: built for every request), so
 * what a parent sees is never older than that.
 */
export class StageCatalogue {
  readonly #db: Database;
  readonly #maxAgeMs: number;
  readonly #stages = new WeakMap<ResolvedTenant, Promise<CatalogueStage[]>>();
  readonly #answers = new WeakMap<ResolvedTenant, Map<string, Answer>>();

  constructor(db: Database, options: { maxAgeMs: number }) {
    this.#db = db;
    this.#maxAgeMs = options.maxAgeMs;
  }

  /** The JSON of the catalogue filtered by `query`. */
  async catalogue(tenant: ResolvedTenant, query: CatalogueQuery): Promise<string> {
    const key = `?${JSON.stringify(query, Object.keys(query).sort())}`;
    const body = await this.#answer(tenant, key, async (stages, seats, now) => {
      const today = brusselsToday(now);
      const answer: StageCatalogueBody = {
        stages: filterCatalogue(stages, query).map((stage) => presentStage(stage, seats, now, today)),
        generatedAt: now.toISOString(),
      };
      return JSON.stringify(answer);
    });
    return body ?? '';
  }

  /** The JSON of one stage; undefined when the commune has no active stage with that key. */
  stage(tenant: ResolvedTenant, stageKey: string): Promise<string | undefined> {
    return this.#answer(tenant, `/${stageKey}`, async (stages, seats, now) => {
      const stage = stages.find((candidate) => candidate.key === stageKey);
      return stage ? JSON.stringify(presentStage(stage, seats, now, brusselsToday(now))) : undefined;
    });
  }

  #answer(
    tenant: ResolvedTenant,
    key: string,
    build: (stages: CatalogueStage[], seats: Map<string, number>, now: Date) => Promise<string | undefined>,
  ): Promise<string | undefined> {
    const now = Date.now();
    let answers = this.#answers.get(tenant);
    if (!answers) {
      answers = new Map();
      this.#answers.set(tenant, answers);
    }
    const cached = answers.get(key);
    // A clock that went back (or a test's fake one) never makes an old answer look fresh.
    const age = cached ? now - cached.builtAt : Number.POSITIVE_INFINITY;
    if (cached && age >= 0 && age < this.#maxAgeMs) return cached.body;
    const body = Promise.all([this.#configuration(tenant), readSeatsLeft(this.#db, tenant.id)]).then(
      ([stages, seats]) => build(stages, seats, new Date()),
    );
    if (this.#maxAgeMs > 0) {
      answers.delete(key);
      answers.set(key, { builtAt: now, body });
      if (answers.size > MAX_ANSWERS_PER_COMMUNE) {
        const oldest = answers.keys().next();
        if (!oldest.done) answers.delete(oldest.value);
      }
      // A failed build is not kept: the next request tries again.
      body.catch(() => answers.delete(key));
    }
    return body;
  }

  #configuration(tenant: ResolvedTenant): Promise<CatalogueStage[]> {
    const cached = this.#stages.get(tenant);
    if (cached) return cached;
    const loading = readCatalogue(this.#db, tenant);
    this.#stages.set(tenant, loading);
    loading.catch(() => this.#stages.delete(tenant));
    return loading;
  }
}
