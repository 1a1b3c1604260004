import { describe, expect, it } from 'vitest';
import { checkProof, PROOF_WINDOW_MS, solveProof, UsedProofs } from './proof-of-work.ts';

const now = 1_796_000_000_000;

describe('proof of work for anonymous forms', () => {
  const proof = solveProof('charleroi', 'signalement-fraude', now);

  it('accepts a solved stamp for its form, in its window', () => {
    expect(checkProof(proof, 'charleroi', 'signalement-fraude', now + 1000)).toMatchObject({ ok: true });
  });

  it('refuses it for another form or commune, out of its window, tampered with or missing', () => {
    expect(checkProof(proof, 'liege', 'signalement-fraude', now).ok).toBe(false);
    expect(checkProof(proof, 'charleroi', 'collecte-encombrants', now).ok).toBe(false);
    expect(checkProof(proof, 'charleroi', 'signalement-fraude', now + PROOF_WINDOW_MS + 1).ok).toBe(false);
    expect(checkProof(`${now}.zz-not-solved`, 'charleroi', 'signalement-fraude', now).ok).toBe(false);
    for (const header of [undefined, '', 'abc', `${now}`, `${now}.`, `${now}.a b`])
      expect(checkProof(header, 'charleroi', 'signalement-fraude', now).ok).toBe(false);
  });

  it('lets each stamp be used once', () => {
    const used = new UsedProofs();
    expect(used.use('a', now)).toBe(true);
    expect(used.use('a', now + 1)).toBe(false);
    expect(used.use('b', now + 1)).toBe(true);
    // Forgotten once it could not pass the window any more.
    expect(used.use('a', now + 3 * PROOF_WINDOW_MS)).toBe(true);
  });
});
