import { html } from 'hono/html';
import { SITE_STYLESHEET_PATH } from '../paths.ts';
import type { Language } from '../types.ts';
import { renderDocument } from './document.ts';
import type { Html } from './html.ts';

// The path says nothing reliable about the visitor's language, so the page speaks all four.
const TEXT: Record<Language, { title: string; back: string }> = {
  fr: { title: 'Page introuvable', back: 'Retour à la liste des sites de démonstration' },
  nl: { title: 'Pagina niet gevonden', back: 'Terug naar de lijst van demosites' },
  de: { title: 'Seite nicht gefunden', back: 'Zurück zur Liste der Demoseiten' },
  en: { title: 'Page not found', back: 'Back to the list of demo sites' },
};

const ORDER: readonly Language[] = ['en', 'fr', 'nl', 'de'];

export function renderNotFoundPage(): Html {
  const body = html`<main id="main" class="container page-main">
<h1>${ORDER.map((lang, index) => html`${index > 0 ? ' · ' : ''}<span lang="${lang}">${TEXT[lang].title}</span>`)}</h1>
<ul>
${ORDER.map((lang) => html`<li lang="${lang}"><a href="/">${TEXT[lang].back}</a></li>\n`)}</ul>
</main>`;
  return renderDocument({ lang: 'en', title: TEXT.en.title, stylesheets: [SITE_STYLESHEET_PATH], body });
}
