import { html } from 'hono/html';
import { communeName, NATIVE_NAMES } from '../languages.ts';
import { MESSAGES, type Messages } from '../messages.ts';
import { communePagePath, communeStylesheetPath, SITE_STYLESHEET_PATH } from '../paths.ts';
import type { DemoCommune, DemoPage, Language } from '../types.ts';
import { renderDocument } from './document.ts';
import type { Html } from './html.ts';

export interface CommunePageInput {
  commune: DemoCommune;
  lang: Language;
  /** Served under the strict CSP: adds a notice and keeps the visitor on strict pages. */
  strict: boolean;
  apiBase: string;
  /** The services directory (default), the holiday stages, a form, the events calendar or the event request. */
  page?: DemoPage;
  /** The form shown on the forms page. */
  form?: string;
}

/**
 * A commune's "online services" or "holiday stages" page, shaped like a real municipal website,
 * embedding the services directory or the stages the way a commune would: one script tag, one element.
 */
export function renderCommunePage({
  commune,
  lang,
  strict,
  apiBase,
  page = 'services',
  form,
}: CommunePageInput): Html {
  const t = MESSAGES[lang];
  const name = communeName(commune, lang);
  const home = communePagePath(commune, lang, strict);
  const stagesPath = communePagePath(commune, lang, strict, 'stages');
  const eventsPath = communePagePath(commune, lang, strict, 'events');
  const eventRequestPath = communePagePath(commune, lang, strict, 'event-request');
  const forms = commune.forms ?? [];
  const title = PAGE_TITLES[page](t);
  const current = (target: DemoPage) => (target === page ? html` aria-current="page"` : '');
  const otherLanguages = commune.languages.filter((language) => language !== lang);

  const languageSwitcher =
    otherLanguages.length === 0
      ? ''
      : html`<nav class="language-switcher" aria-label="${t.siteLanguage}">
<ul>${otherLanguages.map(
          (language) =>
            html`<li><a href="${communePagePath(commune, language, strict, page, form)}" hreflang="${language}" lang="${language}">${NATIVE_NAMES[language]}</a></li>`,
        )}</ul>
</nav>`;

  const body = html`<a class="skip-link" href="#main">${t.skipLink}</a>
<header class="site-header">
<div class="masthead container">
<a class="logo" href="${home}"><span class="logo-mark" aria-hidden="true">${initial(name)}</span><span class="logo-name">${name}</span></a>
${languageSwitcher}
</div>
<nav class="main-nav" aria-label="${t.mainNavigation}">
<ul class="container">
<li><a href="${home}">${t.home}</a></li>
<li><a href="${home}"${current('services')}>${t.onlineServices}</a></li>
<li><a href="${stagesPath}"${current('stages')}>${t.holidayStages}</a></li>
<li><a href="${eventsPath}"${current('events')}>${t.eventsCalendar}</a></li>
<li><a href="${eventRequestPath}"${current('event-request')}>${t.eventRequest}</a></li>
${forms.length > 0 ? html`<li><a href="${communePagePath(commune, lang, strict, 'forms')}"${current('forms')}>${t.onlineForms}</a></li>` : ''}
<li><a href="#opening-hours">${t.openingHours}</a></li>
<li><a href="#contact">${t.contact}</a></li>
</ul>
</nav>
</header>
<div class="layout container">
<main id="main">
<nav class="breadcrumb" aria-label="${t.breadcrumb}">
<ol>
<li><a href="${home}">${t.home}</a></li>
<li aria-current="page">${title}</li>
</ol>
</nav>
<h1>${title}</h1>
<p class="intro">${PAGE_INTROS[page](t, commune.city)}</p>
${strict ? html`<p class="notice">${t.strictNotice}</p>` : ''}
${
  page === 'stages'
    ? html`<communa-stages tenant="${commune.slug}"></communa-stages>`
    : page === 'events'
      ? html`<communa-events-calendar tenant="${commune.slug}"></communa-events-calendar>`
      : page === 'event-request'
        ? html`<communa-event-request tenant="${commune.slug}"></communa-event-request>`
        : page === 'forms'
          ? html`<communa-form tenant="${commune.slug}" form="${form ?? ''}"></communa-form>
${renderOtherForms(commune, lang, strict, form)}`
          : html`<communa-services tenant="${commune.slug}"></communa-services>`
}
</main>
<aside aria-label="${t.practicalInformation}">
<h2 id="opening-hours">${t.openingHours}</h2>
<ul class="hours">
<li>${t.weekdayHours}</li>
<li>${t.thursdayHours}</li>
</ul>
<h2>${t.needHelp}</h2>
<p class="help">${t.helpText}</p>
<communa-account tenant="${commune.slug}" heading-level="2"></communa-account>
</aside>
</div>
<footer class="site-footer">
<div class="container">
<h2 id="contact">${t.contact}</h2>
<address>${name}<br>${t.townHall}<br>${commune.postalCode} ${commune.city}</address>
<p class="demo-notice">${t.demoNotice}</p>
</div>
</footer>`;

  return renderDocument({
    lang,
    title: `${title} – ${name}`,
    stylesheets: [SITE_STYLESHEET_PATH, communeStylesheetPath(commune)],
    moduleScripts: [`${apiBase}/widgets/v1/communa.js`],
    body,
  });
}

const PAGE_TITLES: Readonly<Record<DemoPage, (t: Messages) => string>> = {
  services: (t) => t.onlineServices,
  stages: (t) => t.holidayStages,
  forms: (t) => t.onlineForms,
  events: (t) => t.eventsCalendar,
  'event-request': (t) => t.eventRequest,
};

const PAGE_INTROS: Readonly<Record<DemoPage, (t: Messages, city: string) => string>> = {
  services: (t, city) => t.intro(city),
  stages: (t, city) => t.stagesIntro(city),
  forms: (t, city) => t.formsIntro(city),
  events: (t, city) => t.eventsIntro(city),
  'event-request': (t, city) => t.eventRequestIntro(city),
};

// The commune's other procedures, as a municipal site lists them around the one shown.
function renderOtherForms(
  commune: DemoCommune,
  lang: Language,
  strict: boolean,
  shown: string | undefined,
): Html | string {
  const others = (commune.forms ?? []).filter((candidate) => candidate.key !== shown);
  if (others.length === 0) return '';
  const t = MESSAGES[lang];
  return html`<h2>${t.otherForms}</h2>
<ul class="other-forms">${others.map(
    (other) =>
      html`<li><a href="${communePagePath(commune, lang, strict, 'forms', other.key)}">${other.titles[lang] ?? other.titles[commune.defaultLanguage] ?? other.key}</a></li>`,
  )}</ul>`;
}

// The text logo's mark: the first letter of the commune's name as it is usually said ("Liège", not "Ville").
function initial(name: string): string {
  const words = name.split(/\s+/).filter((word) => word.length > 0);
  const last = words.at(-1) ?? name;
  return (last[0] ?? '').toLocaleUpperCase();
}
