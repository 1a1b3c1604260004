import { describe, expect, it } from 'vitest';
import { contrastRatio, formatRatio, relativeLuminance } from './contrast.ts';

describe('contrast', () => {
  it('gives the WCAG extremes', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#b5121b', '#b5121b')).toBe(1);
  });

  it('is symmetric and matches known values', () => {
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#777777')).toBe(contrastRatio('#777777', '#ffffff'));
    expect(contrastRatio('#ffffff', '#0000ff')).toBeCloseTo(8.59, 2);
  });

  it('formats rounding down, so a failing ratio never reads as 4.50', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(formatRatio(21)).toBe('21.00:1');
  });
});
