import { html } from 'hono/html';
import { communeName, LANGUAGES, NATIVE_NAMES } from '../languages.ts';
import { MESSAGES } from '../messages.ts';
import { communePagePath, SITE_STYLESHEET_PATH } from '../paths.ts';
import type { DemoCommune, Language } from '../types.ts';
import { renderDocument } from './document.ts';
import type { Html } from './html.ts';

/** The list of demo communes with a link to each of their pages. */
export function renderIndexPage(communes: readonly DemoCommune[], lang: Language): Html {
  const t = MESSAGES[lang];
  const list =
    communes.length === 0
      ? html`<p>${t.noCommunes}</p>`
      : html`<ul class="commune-list">
${communes.map(
  (commune) => html`<li>
<h2>${communeName(commune, lang)}</h2>
<ul class="commune-links">
${commune.languages.map(
  (language) =>
    html`<li><a href="${communePagePath(commune, language, false)}" hreflang="${language}" lang="${language}">${NATIVE_NAMES[language]}</a></li>\n`,
)}<li><a href="${communePagePath(commune, commune.defaultLanguage, true)}">${t.strictLink}</a></li>
</ul>
</li>
`,
)}</ul>`;

  const body = html`<a class="skip-link" href="#main">${t.skipLink}</a>
<header class="site-header">
<div class="masthead container">
<span class="logo"><span class="logo-mark" aria-hidden="true">C</span><span class="logo-name">Communa</span></span>
<nav class="language-switcher" aria-label="${t.siteLanguage}">
<ul>${LANGUAGES.filter((language) => language !== lang).map(
    (language) =>
      html`<li><a href="/?lang=${language}" hreflang="${language}" lang="${language}">${NATIVE_NAMES[language]}</a></li>`,
  )}</ul>
</nav>
</div>
</header>
<main id="main" class="container page-main">
<h1>${t.indexTitle}</h1>
<p class="intro">${t.indexIntro}</p>
${list}
</main>`;

  return renderDocument({ lang, title: t.indexTitle, stylesheets: [SITE_STYLESHEET_PATH], body });
}
