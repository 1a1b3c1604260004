import { describe, expect, it } from 'vitest';
import { clampHeadingLevel } from './heading-level.ts';

describe('clampHeadingLevel', () => {
  it('keeps levels 1–6 and rounds', () => {
    expect(clampHeadingLevel(3)).toBe(3);
    expect(clampHeadingLevel(2.6)).toBe(3);
  });

  it('clamps out-of-range levels and defaults unusable ones to 2', () => {
    expect(clampHeadingLevel(0)).toBe(1);
    expect(clampHeadingLevel(9)).toBe(6);
    expect(clampHeadingLevel(Number.NaN)).toBe(2);
  });
});
