import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { HealthKeyring } from './health-keys.ts';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SealedHealthData {
  /** Ciphertext followed by the GCM authentication tag. */
  ciphertext: Buffer;
  iv: Buffer;
  keyId: string;
}

/** Which row the data belongs to: authenticated with it, so a sheet copied onto another child fails to open. */
export interface HealthDataOwner {
  tenantId: string;
  childId: string;
}

const additionalData = (owner: HealthDataOwner) => Buffer.from(`${owner.tenantId}/${owner.childId}`, 'utf8');

/** Seals a value with the current key and a fresh random IV. */
export function sealHealthData(
  keyring: HealthKeyring,
  owner: HealthDataOwner,
  value: unknown,
): SealedHealthData {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, keyring.current.key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalData(owner));
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return { ciphertext: Buffer.concat([body, cipher.getAuthTag()]), iv, keyId: keyring.current.id };
}

/** Opens sealed data; throws when the key is unknown or the bytes, IV or owner were altered. */
export function openHealthData(
  keyring: HealthKeyring,
  owner: HealthDataOwner,
  sealed: SealedHealthData,
): unknown {
  const key = keyring.byId.get(sealed.keyId);
  if (!key) throw new Error(`Health data sealed with an unknown key (${sealed.keyId})`);
  if (sealed.ciphertext.length < TAG_BYTES) throw new Error('Health data too short to hold its tag');
  const body = sealed.ciphertext.subarray(0, sealed.ciphertext.length - TAG_BYTES);
  const tag = sealed.ciphertext.subarray(sealed.ciphertext.length - TAG_BYTES);
  const decipher = createDecipheriv(ALGORITHM, key, sealed.iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(additionalData(owner));
  decipher.setAuthTag(tag);
  const text = Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  return JSON.parse(text);
}
