import { describe, expect, it } from 'vitest';
import { contrastRatio, isHexColor, readableOn } from './color.ts';

describe('colours', () => {
  it('accepts only #rgb and #rrggbb', () => {
    expect(isHexColor('#b5121b')).toBe(true);
    expect(isHexColor('#FFF')).toBe(true);
    for (const value of ['b5121b', '#b5121', '#b5121b80', 'red', '#fff;}', 'rgb(0,0,0)']) {
      expect(isHexColor(value), value).toBe(false);
    }
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#ffffff')).toBeCloseTo(1, 5);
    // Same pair either way round.
    expect(contrastRatio('#b5121b', '#ffffff')).toBeCloseTo(contrastRatio('#ffffff', '#b5121b'), 10);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('keeps a readable preferred colour and replaces an unreadable one', () => {
    expect(readableOn('#b5121b', '#ffffff')).toBe('#ffffff');
    expect(readableOn('#ffd500', '#ffffff')).toBe('#000000');
    expect(readableOn('#1a1a1a', '#333333')).toBe('#ffffff');
  });
});
