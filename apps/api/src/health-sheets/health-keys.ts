import { createHash } from 'node:crypto';
import type { Env } from '../env.ts';

export interface HealthKey {
  /** Stored beside each ciphertext: a fingerprint of the key, never the key. */
  id: string;
  key: Buffer;
}

/** The key sheets are sealed with, and every key still accepted for opening older sheets. */
export interface HealthKeyring {
  current: HealthKey;
  byId: ReadonlyMap<string, Buffer>;
}

/** Known to everyone, so only ever used outside production (parseEnv refuses production without a key). */
const DEVELOPMENT_HEALTH_KEY = createHash('sha256').update('communa-development-health-key').digest();

export function healthKey(key: Buffer): HealthKey {
  return { id: createHash('sha256').update(key).digest('hex').slice(0, 16), key };
}

export function createHealthKeyring(current: Buffer, previous: readonly Buffer[] = []): HealthKeyring {
  const keys = [current, ...previous].map(healthKey);
  return {
    current: healthKey(current),
    byId: new Map(keys.map((entry) => [entry.id, entry.key])),
  };
}

/** The keyring of the settings: HEALTH_DATA_KEY seals, HEALTH_DATA_PREVIOUS_KEYS still open. */
export function healthKeyringFromEnv(env: Pick<Env, 'HEALTH_DATA_KEY' | 'HEALTH_DATA_PREVIOUS_KEYS'>) {
  return createHealthKeyring(env.HEALTH_DATA_KEY ?? DEVELOPMENT_HEALTH_KEY, env.HEALTH_DATA_PREVIOUS_KEYS);
}

export function developmentHealthKeyring(): HealthKeyring {
  return createHealthKeyring(DEVELOPMENT_HEALTH_KEY);
}
