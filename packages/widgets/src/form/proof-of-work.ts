/**
 * The proof of work an anonymous sending carries (`X-Communa-Proof: <ms>.<nonce>`): a nonce such
 * that sha256(`communa-form-proof:<tenant>:<formKey>:<ms>:<nonce>`) starts with `bits` zero bits.
 * The API asks for 18 (about a second in a browser): it keeps bulk spam off without any
 * third-party service. Hashes are computed in batches, so the page stays responsive.
 */
export const PROOF_BITS = 18;

const BATCH = 256;

type Digest = (data: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer>;

const sha256: Digest = (data) => crypto.subtle.digest('SHA-256', data);

export function leadingZeroBits(hash: Uint8Array): number {
  let bits = 0;
  for (const byte of hash) {
    if (byte !== 0) return bits + Math.clz32(byte) - 24;
    bits += 8;
  }
  return bits;
}

export async function solveProof(
  tenant: string,
  formKey: string,
  issuedAt: number,
  bits = PROOF_BITS,
  digest: Digest = sha256,
): Promise<string> {
  const encoder = new TextEncoder();
  const prefix = `communa-form-proof:${tenant}:${formKey}:${issuedAt}:`;
  for (let start = 0; ; start += BATCH) {
    const nonces = Array.from({ length: BATCH }, (_, offset) => (start + offset).toString(36));
    const hashes = await Promise.all(nonces.map((nonce) => digest(encoder.encode(prefix + nonce))));
    const found = hashes.findIndex((hash) => leadingZeroBits(new Uint8Array(hash)) >= bits);
    if (found !== -1) return `${issuedAt}.${nonces[found]}`;
  }
}
