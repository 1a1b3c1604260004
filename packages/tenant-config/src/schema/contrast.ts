/** WCAG 2.x contrast between two `#rrggbb` colours, from 1 (same) to 21 (black on white). */
export const contrastRatio = (foreground: string, background: string): number => {
  const a = relativeLuminance(foreground);
  const b = relativeLuminance(background);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
};

/** WCAG AA for normal-size text. */
export const MIN_CONTRAST = 4.5;

/** Relative luminance as defined by WCAG (sRGB channels linearised, then weighted). */
export const relativeLuminance = (hex: string): number => {
  const channel = (start: number): number =>
    linearise(Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
};

const linearise = (channel: number): number =>
  channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;

/** Rounded down, so a ratio shown as "4.50" is never one that failed the 4.5 threshold. */
export const formatRatio = (ratio: number): string => `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
