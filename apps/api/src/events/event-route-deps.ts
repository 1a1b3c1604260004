import type { Database } from '@communa/db';
import type { TenantDirectory } from '../tenants/tenant-directory.ts';

export interface EventRouteDeps {
  db: Database;
  tenants: TenantDirectory;
}

/** Configuration changes only on apply: a minute of reuse by browsers and caches is harmless. */
export const CONFIG_CACHE_CONTROL = 'public, max-age=60';

/** Availability reflects requests as they arrive: never reused. */
export const LIVE_CACHE_CONTROL = 'no-store';

/** Calendar subscribers poll; a few minutes late is fine for approved events. */
export const CALENDAR_CACHE_CONTROL = 'public, max-age=300';
