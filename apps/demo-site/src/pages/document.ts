import { html } from 'hono/html';
import type { Language } from '../types.ts';
import type { Html } from './html.ts';

export interface DocumentParts {
  lang: Language;
  title: string;
  stylesheets: readonly string[];
  /** External module scripts only: the pages carry no inline script. */
  moduleScripts?: readonly string[];
  body: Html;
}

/** The HTML shell every page shares: no inline script or style, so it holds under a strict CSP. */
export function renderDocument(parts: DocumentParts): Html {
  return html`<!doctype html>
<html lang="${parts.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${parts.title}</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
${parts.stylesheets.map((href) => html`<link rel="stylesheet" href="${href}">\n`)}${(
  parts.moduleScripts ?? []
).map((src) => html`<script type="module" src="${src}"></script>\n`)}</head>
<body>
${parts.body}
</body>
</html>
`;
}
