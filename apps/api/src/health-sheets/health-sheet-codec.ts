import type { HealthDataOwner, SealedHealthData } from './health-crypto.ts';
import { openHealthData } from './health-crypto.ts';
import type { HealthKeyring } from './health-keys.ts';
import { healthSheetInputSchema } from './health-sheet-schemas.ts';

/** Opens a stored sheet and checks it still has the shape this code writes. */
export function openSheet(keys: HealthKeyring, owner: HealthDataOwner, sealed: SealedHealthData) {
  return healthSheetInputSchema.parse(openHealthData(keys, owner, sealed));
}
