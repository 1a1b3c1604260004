import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openHealthData, sealHealthData } from './health-crypto.ts';
import { createHealthKeyring } from './health-keys.ts';

const owner = {
  tenantId: '5a1f0c3e-0000-4000-8000-000000000001',
  childId: '5a1f0c3e-0000-4000-8000-000000000002',
};
const value = { allergies: 'pollen', photoConsent: true };

describe('health data sealing (AES-256-GCM)', () => {
  it('round-trips, with a fresh IV every time and no plaintext in the ciphertext', () => {
    const keys = createHealthKeyring(randomBytes(32));
    const first = sealHealthData(keys, owner, value);
    const second = sealHealthData(keys, owner, value);
    expect(first.iv).toHaveLength(12);
    expect(first.iv.equals(second.iv)).toBe(false);
    expect(first.ciphertext.equals(second.ciphertext)).toBe(false);
    expect(first.ciphertext.toString('latin1')).not.toContain('pollen');
    expect(first.keyId).toBe(keys.current.id);
    expect(openHealthData(keys, owner, first)).toEqual(value);
  });

  it('detects any altered byte of the ciphertext, tag or IV', () => {
    const keys = createHealthKeyring(randomBytes(32));
    const sealed = sealHealthData(keys, owner, value);
    for (const index of [0, sealed.ciphertext.length - 1]) {
      const ciphertext = Buffer.from(sealed.ciphertext);
      ciphertext[index] = (ciphertext[index] ?? 0) ^ 1;
      expect(() => openHealthData(keys, owner, { ...sealed, ciphertext })).toThrow();
    }
    const iv = Buffer.from(sealed.iv);
    iv[0] = (iv[0] ?? 0) ^ 1;
    expect(() => openHealthData(keys, owner, { ...sealed, iv })).toThrow();
    expect(() =>
      openHealthData(keys, owner, { ...sealed, ciphertext: sealed.ciphertext.subarray(0, 8) }),
    ).toThrow();
  });

  it('refuses a sheet moved onto another child or commune', () => {
    const keys = createHealthKeyring(randomBytes(32));
    const sealed = sealHealthData(keys, owner, value);
    expect(() => openHealthData(keys, { ...owner, childId: owner.tenantId }, sealed)).toThrow();
    expect(() => openHealthData(keys, { ...owner, tenantId: owner.childId }, sealed)).toThrow();
  });

  it('opens sheets sealed with a previous key after a rotation, and not with an unknown one', () => {
    const oldKey = randomBytes(32);
    const sealed = sealHealthData(createHealthKeyring(oldKey), owner, value);
    const rotated = createHealthKeyring(randomBytes(32), [oldKey]);
    expect(rotated.current.id).not.toBe(sealed.keyId);
    expect(openHealthData(rotated, owner, sealed)).toEqual(value);
    expect(sealHealthData(rotated, owner, value).keyId).toBe(rotated.current.id);
    expect(() => openHealthData(createHealthKeyring(randomBytes(32)), owner, sealed)).toThrow(/unknown key/);
  });
});
