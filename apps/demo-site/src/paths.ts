import type { DemoCommune, DemoPage, Language } from './types.ts';

/**
 * The commune's page in `language`; strict pages live under /strict-csp/, in the default language
 * at its root. The stages page is `stages/` under the services page, the events calendar `events/`,
 * the event permit request `event-request/`, a form's page `forms/<key>/` (the commune's first form when `form` is not given).
 */
export function communePagePath(
  commune: DemoCommune,
  language: Language,
  strict: boolean,
  page: DemoPage = 'services',
  form: string | undefined = undefined,
): string {
  const sub =
    page === 'stages' || page === 'events' || page === 'event-request'
      ? `${page}/`
      : page === 'forms'
        ? `forms/${form ?? commune.forms?.[0]?.key ?? ''}/`
        : '';
  if (!strict) return `/${commune.slug}/${language}/${sub}`;
  return language === commune.defaultLanguage
    ? `/strict-csp/${commune.slug}/${sub}`
    : `/strict-csp/${commune.slug}/${language}/${sub}`;
}

export function communeStylesheetPath(commune: DemoCommune): string {
  return `/assets/${commune.slug}.css`;
}

export const SITE_STYLESHEET_PATH = '/assets/site.css';
