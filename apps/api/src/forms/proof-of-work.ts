import { createHash } from 'node:crypto';

/** Leading zero bits a stamp's hash needs: about a second of hashing in a browser, nothing for one honest sender. */
export const PROOF_BITS = 18;

/** How far a stamp's time may be from the server's, either way. */
export const PROOF_WINDOW_MS = 10 * 60 * 1000;

/**
 * The text whose sha256 must start with PROOF_BITS zero bits: a stamp is bound to one commune's
 * form and to a moment, so it cannot be computed ahead for another form or reused after the window.
 */
export const proofInput = (tenant: string, formKey: string, issuedAt: number, nonce: string): string =>
  `communa-form-proof:${tenant}:${formKey}:${issuedAt}:${nonce}`;

const leadingZeroBits = (digest: Buffer): number => {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
};

export type ProofCheck = { ok: true; stamp: string } | { ok: false; reason: string };

/** Checks an `X-Communa-Proof: <issuedAt ms>.<nonce>` header value (hashcash, no server state). */
export function checkProof(
  header: string | undefined,
  tenant: string,
  formKey: string,
  now: number,
): ProofCheck {
  const match = /^(\d{13})\.([A-Za-z0-9_-]{1,64})$/.exec(header ?? '');
  if (!match) return { ok: false, reason: 'send X-Communa-Proof: <issued at, ms>.<nonce>' };
  const [, issuedText = '', nonce = ''] = match;
  const issuedAt = Number(issuedText);
  if (Math.abs(now - issuedAt) > PROOF_WINDOW_MS)
    return { ok: false, reason: 'the proof is too old or from the future' };
  const digest = createHash('sha256')
    .update(proofInput(tenant, formKey, issuedAt, nonce))
    .digest();
  if (leadingZeroBits(digest) < PROOF_BITS)
    return { ok: false, reason: `the proof's hash needs ${PROOF_BITS} leading zero bits` };
  return { ok: true, stamp: `${tenant}:${formKey}:${issuedAt}:${nonce}` };
}

/** Stamps already used, forgotten once they could no longer pass the window: in memory, per process. */
export class UsedProofs {
  readonly #seen = new Map<string, number>();

  /** Records a stamp; false when it was already used. */
  use(stamp: string, now: number): boolean {
    for (const [key, expiresAt] of this.#seen) {
      if (expiresAt > now) break;
      this.#seen.delete(key);
    }
    if (this.#seen.has(stamp)) return false;
    this.#seen.set(stamp, now + 2 * PROOF_WINDOW_MS);
    return true;
  }
}

/** What a widget (or a test) does: finds a nonce for a stamp issued at `issuedAt`. */
export function solveProof(tenant: string, formKey: string, issuedAt: number): string {
  for (let counter = 0; ; counter += 1) {
    const nonce = counter.toString(36);
    const digest = createHash('sha256')
      .update(proofInput(tenant, formKey, issuedAt, nonce))
      .digest();
    if (leadingZeroBits(digest) >= PROOF_BITS) return `${issuedAt}.${nonce}`;
  }
}
