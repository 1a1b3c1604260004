import * as z from 'zod';
import { contrastRatio, formatRatio, MIN_CONTRAST } from './contrast.ts';

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

const colorSchema = z
  .string({ error: 'must be a colour like #b5121b' })
  .regex(HEX_COLOR, { error: 'must be a colour written #rrggbb, like #b5121b' })
  .transform((value) => value.toLowerCase());

/** Fonts come from the host page by default; a list is allowed but nothing that could end a CSS declaration. */
const fontSchema = z
  .string({ error: 'must be text' })
  .trim()
  .min(1, { error: 'must be "inherit" or a font-family list' })
  .max(200, { error: 'must be at most 200 characters' })
  .refine((value) => !/[;{}<>\\\p{Cc}]/u.test(value), {
    error: 'must be "inherit" or a font-family list such as "Open Sans", Arial, sans-serif (no ; { } < > \\)',
  })
  .refine((value) => value.split(',').every((family) => family.trim() !== ''), {
    error: 'has an empty entry in the font-family list',
  });

/** The three text-on-background pairs the widgets actually draw. */
const CONTRAST_PAIRS = [
  ['colorOnPrimary', 'colorPrimary'],
  ['colorText', 'colorSurface'],
  ['colorAccent', 'colorSurface'],
] as const;

export const themeSchema = z
  .strictObject({
    colorPrimary: colorSchema,
    colorOnPrimary: colorSchema,
    colorAccent: colorSchema,
    colorSurface: colorSchema,
    colorText: colorSchema,
    radius: z
      .string({ error: 'must be a CSS length in px or rem, like 6px or 0.5rem' })
      .regex(/^(0|\d{1,3}(\.\d{1,3})?(px|rem))$/, {
        error: 'must be a CSS length in px or rem, like 6px or 0.5rem',
      }),
    font: fontSchema,
  })
  .superRefine((theme, ctx) => {
    for (const [foreground, background] of CONTRAST_PAIRS) {
      const fg = theme[foreground];
      const bg = theme[background];
      // A malformed colour already has its own issue; a ratio computed from it would be noise.
      if (!HEX_COLOR.test(fg) || !HEX_COLOR.test(bg)) continue;
      const ratio = contrastRatio(fg, bg);
      if (ratio < MIN_CONTRAST) {
        ctx.addIssue({
          code: 'custom',
          path: [foreground],
          message: `contrast of ${foreground} ${fg} on ${background} ${bg} is ${formatRatio(ratio)}, WCAG AA needs at least ${MIN_CONTRAST}:1`,
        });
      }
    }
  });

export type Theme = z.output<typeof themeSchema>;
