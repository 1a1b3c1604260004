import { randomInt } from 'node:crypto';

/** Crockford's base 32: no I, L, O or U, so a reference read aloud or typed is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 5;

/** The commune's three-letter prefix: the first letters of its slug (`liege` → `LIE`). */
export function referencePrefix(slug: string): string {
  return slug
    .replace(/[^a-z]/gi, '')
    .slice(0, 3)
    .toUpperCase()
    .padEnd(3, 'X');
}

/**
 * A reference such as `LIE-2027-4F7K2`: commune, the session's year, five random characters
 * (32⁵ ≈ 33 million per commune). Random rather than counted, so enrolling touches no shared
 * counter row; the unique constraint catches the rare collision and the caller draws again.
 */
export function enrolmentReference(
  slug: string,
  firstDay: string,
  random: (max: number) => number = randomInt,
): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) code += ALPHABET[random(ALPHABET.length)] ?? '0';
  return `${referencePrefix(slug)}-${firstDay.slice(0, 4)}-${code}`;
}
