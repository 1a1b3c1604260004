import { readableOn } from './color.ts';
import type { DemoCommune } from './types.ts';

const PAGE_BACKGROUND = '#ffffff';
const PAGE_TEXT = '#1a1a1a';

export interface CommuneLook {
  header: 'solid' | 'light';
  aside: 'end' | 'start';
  logo: 'square' | 'round';
}

/** A layout picked from the slug, so the demo communes do not all look alike (and stay stable). */
export function communeLook(slug: string): CommuneLook {
  let hash = 7;
  for (const char of slug) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return {
    header: hash % 2 === 0 ? 'solid' : 'light',
    aside: (hash >>> 1) % 2 === 0 ? 'end' : 'start',
    logo: (hash >>> 2) % 2 === 0 ? 'square' : 'round',
  };
}

/**
 * The commune's stylesheet (`/assets/<slug>.css`): its colours and its layout variant. Colours are
 * checked hex values (see validate-options.ts); pairs that would fail WCAG AA contrast are replaced
 * by black or white so every demo page passes an accessibility audit.
 */
export function communeStylesheet(commune: DemoCommune): string {
  const primary = commune.colorPrimary;
  const onPrimary = readableOn(primary, commune.colorOnPrimary);
  const link = readableOn(PAGE_BACKGROUND, primary);
  const look = communeLook(commune.slug);
  const rules = [
    `:root {\n  --site-primary: ${primary};\n  --site-on-primary: ${onPrimary};\n  --site-link: ${link};\n}`,
  ];
  if (look.header === 'light') {
    rules.push(
      `.site-header {\n  background: ${PAGE_BACKGROUND};\n  color: ${PAGE_TEXT};\n  border-top: 0.5rem solid var(--site-primary);\n}`,
      '.main-nav {\n  border-top: 0;\n  background: var(--site-primary);\n  color: var(--site-on-primary);\n}',
      '.logo-mark {\n  background: var(--site-primary);\n  color: var(--site-on-primary);\n}',
    );
  }
  if (look.aside === 'start') {
    rules.push(
      '@media (min-width: 48rem) {\n  .layout {\n    grid-template-columns: 18rem minmax(0, 1fr);\n    grid-template-areas: "aside main";\n  }\n}',
    );
  }
  if (look.logo === 'round') rules.push('.logo-mark {\n  border-radius: 50%;\n}');
  return `/* ${commune.slug}: generated from the commune's theme. */\n${rules.join('\n\n')}\n`;
}
