import { describe, expect, it } from 'vitest';
import { themeProperties } from './theme.ts';

describe('themeProperties', () => {
  it('maps every theme token to a private custom property', () => {
    const properties = themeProperties({
      colorPrimary: '#b5121b',
      colorOnPrimary: '#ffffff',
      colorAccent: '#1d3557',
      colorSurface: '#fafafa',
      colorText: '#1a1a1a',
      radius: '6px',
      font: 'inherit',
    });
    expect(Object.fromEntries(properties)).toEqual({
      '--_tenant-primary': '#b5121b',
      '--_tenant-on-primary': '#ffffff',
      '--_tenant-accent': '#1d3557',
      '--_tenant-surface': '#fafafa',
      '--_tenant-text': '#1a1a1a',
      '--_tenant-radius': '6px',
      '--_tenant-font': 'inherit',
    });
  });

  it('sets nothing without a theme', () => {
    expect(themeProperties(undefined)).toEqual([]);
  });
});
