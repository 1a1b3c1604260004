import type { TenantDirectory } from '../tenants/tenant-directory.ts';
import type { StageCatalogue } from './stage-catalogue.ts';

export interface StageRouteDeps {
  tenants: TenantDirectory;
  catalogue: StageCatalogue;
}

/** Seat counts may be shared between requests for this long (0: read for every request); see README. */
export const SEATS_MAX_AGE_MS = 0;

/** Answers show live seat counts: shared caches must revalidate every time. */
export const CATALOGUE_CACHE_CONTROL = 'no-cache';
