import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { leadingZeroBits, PROOF_BITS, solveProof } from './proof-of-work.ts';

describe('solveProof', () => {
  it('finds a stamp whose hash, as the API computes it, starts with the zero bits asked', async () => {
    const issuedAt = 1_764_633_600_000;
    const stamp = await solveProof('charleroi', 'signalement-fraude', issuedAt, 12);
    const [time, nonce] = stamp.split('.');
    expect(time).toBe(String(issuedAt));
    expect(nonce).toMatch(/^[a-z0-9]{1,64}$/);
    const hash = createHash('sha256')
      .update(`communa-form-proof:charleroi:signalement-fraude:${time}:${nonce}`)
      .digest();
    expect(leadingZeroBits(hash)).toBeGreaterThanOrEqual(12);
  });

  it('asks for the API’s 18 bits by default, and counts bits across bytes', () => {
    expect(PROOF_BITS).toBe(18);
    expect(leadingZeroBits(Uint8Array.from([0, 0, 0x3f, 0xff]))).toBe(18);
    expect(leadingZeroBits(Uint8Array.from([0x80]))).toBe(0);
    expect(leadingZeroBits(Uint8Array.from([0, 0]))).toBe(16);
  });
});
