import type { DemoCommune, Language } from './types.ts';

/** The commune's page in `language`; strict pages live under /strict-csp/, in the default language at its root. */
export function communePagePath(commune: DemoCommune, language: Language, strict: boolean): string {
  if (!strict) return `/${commune.slug}/${language}/`;
  return language === commune.defaultLanguage
    ? `/strict-csp/${commune.slug}/`
    : `/strict-csp/${commune.slug}/${language}/`;
}

export function communeStylesheetPath(commune: DemoCommune): string {
  return `/assets/${commune.slug}.css`;
}

export const SITE_STYLESHEET_PATH = '/assets/site.css';
