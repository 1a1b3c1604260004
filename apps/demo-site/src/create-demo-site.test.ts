import { describe, expect, it } from 'vitest';
import { createDemoSite } from './create-demo-site.ts';
import type { DemoCommune } from './types.ts';

const API = 'http://localhost:8787';

const liege: DemoCommune = {
  slug: 'liege',
  names: { fr: 'Ville de Liège', nl: 'Stad Luik', de: 'Stadt Lüttich', en: 'City of Liège' },
  languages: ['fr', 'nl', 'de', 'en'],
  defaultLanguage: 'fr',
  colorPrimary: '#b5121b',
  colorOnPrimary: '#ffffff',
  postalCode: '4000',
  city: 'Liège',
  forms: [
    {
      key: 'attestation-domicile',
      titles: { fr: 'Certificat de résidence', nl: 'Getuigschrift van woonst' },
    },
    { key: 'signalement', titles: { fr: 'Signaler un problème' } },
  ],
};

const eupen: DemoCommune = {
  slug: 'eupen',
  names: { de: 'Stadt Eupen', fr: 'Ville d’Eupen' },
  languages: ['de', 'fr'],
  defaultLanguage: 'de',
  colorPrimary: '#1d5e3a',
  colorOnPrimary: '#ffffff',
  postalCode: '4700',
  city: 'Eupen',
};

const site = createDemoSite({ apiOrigin: API, communes: [liege, eupen] });

const STRICT_CSP = `default-src 'none'; script-src ${API}; connect-src ${API}; style-src 'self'; img-src 'self' ${API}`;

function count(text: string, pattern: RegExp): number {
  return [...text.matchAll(pattern)].length;
}

async function page(path: string, init?: RequestInit): Promise<{ response: Response; body: string }> {
  const response = await site.request(path, init);
  return { response, body: await response.text() };
}

describe('commune pages', () => {
  it.each([
    ['/liege/fr/', 'fr', 'Services en ligne', 'Aller au contenu principal'],
    ['/liege/nl/', 'nl', 'Online diensten', 'Naar de hoofdinhoud'],
    ['/liege/de/', 'de', 'Online-Dienste', 'Zum Hauptinhalt springen'],
    ['/liege/en/', 'en', 'Online services', 'Skip to main content'],
  ])('%s is a municipal page in its language embedding the widget once', async (path, lang, title, skip) => {
    const { response, body } = await page(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(body).toContain(`<html lang="${lang}">`);
    expect(body).toContain(`<h1>${title}</h1>`);
    expect(count(body, /<h1[\s>]/g)).toBe(1);
    expect(body).toContain(`<a class="skip-link" href="#main">${skip}</a>`);
    expect(body).toContain('<main id="main">');
    expect(body).toMatch(/<header class="site-header">/);
    expect(body).toMatch(/<footer class="site-footer">/);
    expect(body).toContain('<address>');
    expect(count(body, /<script\b/g)).toBe(1);
    expect(body).toContain(`<script type="module" src="${API}/widgets/v1/communa.js"></script>`);
    expect(count(body, /<communa-services\b/g)).toBe(1);
    expect(body).toContain('<communa-services tenant="liege"></communa-services>');
    expect(body).toContain('<link rel="stylesheet" href="/assets/site.css">');
    expect(body).toContain('<link rel="stylesheet" href="/assets/liege.css">');
  });

  it('has a holiday stages page per commune and language, embedding <communa-stages> with one element', async () => {
    const { response, body } = await page('/liege/nl/stages/');
    expect(response.status).toBe(200);
    expect(body).toContain('<html lang="nl">');
    expect(body).toContain('<h1>Vakantiestages</h1>');
    expect(count(body, /<script\b/g)).toBe(1);
    expect(count(body, /<communa-stages\b/g)).toBe(1);
    expect(body).toContain('<communa-stages tenant="liege"></communa-stages>');
    expect(body).not.toContain('<communa-services');
    expect(body).toContain('<a href="/liege/nl/stages/" aria-current="page">Vakantiestages</a>');
    expect(body).toContain('href="/liege/fr/stages/" hreflang="fr"');
    // The services page links to it, and only the current page is marked current.
    const services = (await page('/liege/fr/')).body;
    expect(services).toContain('<a href="/liege/fr/stages/">Stages de vacances</a>');
    expect(count(services, /aria-current="page"/g)).toBe(2);
    expect((await page('/liege/xx/stages/')).response.status).toBe(404);
  });

  it('has an events calendar page per commune and language, embedding <communa-events-calendar> with one element', async () => {
    const { response, body } = await page('/liege/nl/events/');
    expect(response.status).toBe(200);
    expect(body).toContain('<html lang="nl">');
    expect(body).toContain('<h1>Evenementenkalender</h1>');
    expect(count(body, /<script\b/g)).toBe(1);
    expect(count(body, /<communa-events-calendar\b/g)).toBe(1);
    expect(body).toContain('<communa-events-calendar tenant="liege"></communa-events-calendar>');
    expect(body).not.toContain('<communa-services');
    expect(body).toContain('<a href="/liege/nl/events/" aria-current="page">Evenementenkalender</a>');
    expect(body).toContain('href="/liege/fr/events/" hreflang="fr"');
    // Every page links to it from the main navigation.
    const services = (await page('/liege/fr/')).body;
    expect(services).toContain('<a href="/liege/fr/events/">Agenda des événements</a>');
    expect((await page('/liege/xx/events/')).response.status).toBe(404);
    expect((await page('/nowhere/fr/events/')).response.status).toBe(404);
  });

  it('has an event request page per commune and language, embedding <communa-event-request> with one element', async () => {
    const { response, body } = await page('/liege/nl/event-request/');
    expect(response.status).toBe(200);
    expect(body).toContain('<html lang="nl">');
    expect(body).toContain('<h1>Evenement aanvragen</h1>');
    expect(count(body, /<script\b/g)).toBe(1);
    expect(count(body, /<communa-event-request\b/g)).toBe(1);
    expect(body).toContain('<communa-event-request tenant="liege"></communa-event-request>');
    expect(body).toContain('<a href="/liege/nl/event-request/" aria-current="page">Evenement aanvragen</a>');
    expect(body).toContain('href="/liege/fr/event-request/" hreflang="fr"');
    // Every page links to it from the main navigation.
    const services = (await page('/liege/fr/')).body;
    expect(services).toContain('<a href="/liege/fr/event-request/">Demander un événement</a>');
    expect((await page('/liege/xx/event-request/')).response.status).toBe(404);
    expect((await page('/nowhere/fr/event-request/')).response.status).toBe(404);
  });

  it('has a page per form of the commune, embedding <communa-form> with one element, linking to its other forms', async () => {
    const { response, body } = await page('/liege/nl/forms/attestation-domicile/');
    expect(response.status).toBe(200);
    expect(body).toContain('<html lang="nl">');
    expect(body).toContain('<h1>Online formulieren</h1>');
    expect(count(body, /<script\b/g)).toBe(1);
    expect(count(body, /<communa-form\b/g)).toBe(1);
    expect(body).toContain('<communa-form tenant="liege" form="attestation-domicile"></communa-form>');
    expect(body).toContain(
      '<a href="/liege/nl/forms/attestation-domicile/" aria-current="page">Online formulieren</a>',
    );
    expect(body).toContain('href="/liege/fr/forms/attestation-domicile/" hreflang="fr"');
    // The other form is listed, in the default language when it has no Dutch title.
    expect(body).toContain('<a href="/liege/nl/forms/signalement/">Signaler un problème</a>');
    expect(body).not.toContain('<a href="/liege/nl/forms/attestation-domicile/">');
    // Every page links to the first form; a commune without forms has no such link.
    expect((await page('/liege/fr/')).body).toContain(
      '<a href="/liege/fr/forms/attestation-domicile/">Formulaires en ligne</a>',
    );
    expect((await page('/eupen/de/')).body).not.toContain('/forms/');
    expect((await page('/liege/fr/forms/unknown/')).response.status).toBe(404);
    expect((await page('/eupen/de/forms/attestation-domicile/')).response.status).toBe(404);
  });

  it('serves a form page under the strict CSP too', async () => {
    const { response, body } = await page('/strict-csp/liege/forms/signalement/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(STRICT_CSP);
    expect(body).toContain('<communa-form tenant="liege" form="signalement"></communa-form>');
    expect(body).toContain(
      '<a href="/strict-csp/liege/forms/attestation-domicile/">Certificat de résidence</a>',
    );
    expect((await page('/strict-csp/liege/nl/forms/signalement/')).response.status).toBe(200);
  });

  it('names the commune in the page language and links to its other languages only', async () => {
    const { body } = await page('/liege/nl/');
    expect(body).toContain('<span class="logo-name">Stad Luik</span>');
    for (const lang of ['fr', 'de', 'en'])
      expect(body).toContain(`href="/liege/${lang}/" hreflang="${lang}"`);
    expect(body).not.toContain('hreflang="nl"');
  });

  it('falls back to the default language for a name the commune did not translate', async () => {
    const shortNames = createDemoSite({
      apiOrigin: API,
      communes: [{ ...liege, names: { fr: 'Ville de Liège' } }],
    });
    const body = await (await shortNames.request('/liege/en/')).text();
    expect(body).toContain('<span class="logo-name">Ville de Liège</span>');
  });

  it('redirects a commune without a language to its default language, keeping the query', async () => {
    for (const [path, location] of [
      ['/liege', '/liege/fr/'],
      ['/liege/', '/liege/fr/'],
      ['/eupen/', '/eupen/de/'],
      ['/liege/nl', '/liege/nl/'],
      ['/liege/?communa-service=stages', '/liege/fr/?communa-service=stages'],
    ] as const) {
      const { response } = await page(path);
      expect(response.status, path).toBe(302);
      expect(response.headers.get('location'), path).toBe(location);
    }
  });

  it('answers 404 with a small HTML page for unknown communes, languages and paths', async () => {
    for (const path of [
      '/nowhere/',
      '/nowhere/fr/',
      '/eupen/nl/',
      '/liege/xx/',
      '/liege/fr/extra',
      '/strict-csp/nowhere/',
      '/strict-csp/nowhere',
      '/strict-csp/eupen/en/',
      '/assets/nowhere.css',
      '/assets/logo.png',
      '/favicon.ico',
    ]) {
      const { response, body } = await page(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(body, path).toContain('Page not found');
      expect(body, path).toContain('<html lang="en">');
    }
  });
});

describe('strict-CSP pages', () => {
  it.each([
    ['/strict-csp/liege/', 'fr'],
    ['/strict-csp/liege/en/', 'en'],
    ['/strict-csp/eupen/', 'de'],
  ])('%s carries the exact policy and nothing inline', async (path, lang) => {
    const { response, body } = await page(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(STRICT_CSP);
    expect(body).toContain(`<html lang="${lang}">`);
    expect(count(body, /<communa-services\b/g)).toBe(1);
    expect(body).toContain(`<script type="module" src="${API}/widgets/v1/communa.js"></script>`);
    const scriptTags = [...body.matchAll(/<script\b[^>]*>/gi)].map((match) => match[0]);
    expect(scriptTags.length).toBeGreaterThan(0);
    for (const tag of scriptTags) expect(tag).toMatch(/\ssrc="/);
    expect(body).not.toMatch(/\sstyle\s*=/i);
    expect(body).not.toMatch(/<style[\s>]/i);
    expect(body).not.toMatch(/\son[a-z]+\s*=/i);
    for (const [, href] of body.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)) {
      expect(href).toMatch(/^\/assets\//);
    }
  });

  it.each([
    ['/strict-csp/liege/stages/', 'fr'],
    ['/strict-csp/liege/nl/stages/', 'nl'],
  ])('%s embeds <communa-stages> under the exact policy', async (path, lang) => {
    const { response, body } = await page(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(STRICT_CSP);
    expect(body).toContain(`<html lang="${lang}">`);
    expect(count(body, /<communa-stages\b/g)).toBe(1);
    expect(body).not.toMatch(/\sstyle\s*=/i);
  });

  it.each([
    ['/strict-csp/liege/events/', 'fr'],
    ['/strict-csp/liege/nl/events/', 'nl'],
  ])('%s embeds <communa-events-calendar> under the exact policy', async (path, lang) => {
    const { response, body } = await page(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(STRICT_CSP);
    expect(body).toContain(`<html lang="${lang}">`);
    expect(count(body, /<communa-events-calendar\b/g)).toBe(1);
    expect(body).not.toMatch(/\sstyle\s*=/i);
  });

  it.each([
    ['/strict-csp/liege/event-request/', 'fr'],
    ['/strict-csp/liege/nl/event-request/', 'nl'],
  ])('%s embeds <communa-event-request> under the exact policy', async (path, lang) => {
    const { response, body } = await page(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(STRICT_CSP);
    expect(body).toContain(`<html lang="${lang}">`);
    expect(count(body, /<communa-event-request\b/g)).toBe(1);
    expect(body).not.toMatch(/\sstyle\s*=/i);
  });

  it('keeps the visitor on strict pages when switching language', async () => {
    const { body } = await page('/strict-csp/liege/');
    expect(body).toContain('href="/strict-csp/liege/nl/"');
    expect(body).not.toContain('href="/liege/nl/"');
  });

  it('redirects a strict path without its trailing slash', async () => {
    const { response } = await page('/strict-csp/liege');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/strict-csp/liege/');
  });

  it('sends no policy anywhere else', async () => {
    for (const path of ['/', '/eupen/fr/', '/assets/site.css', '/nowhere']) {
      const { response } = await page(path);
      expect(response.headers.get('content-security-policy'), path).toBeNull();
    }
  });
});

describe('index page', () => {
  it('links to every commune in each of its languages and to its strict page', async () => {
    const { response, body } = await page('/');
    expect(response.status).toBe(200);
    for (const lang of liege.languages) expect(body).toContain(`href="/liege/${lang}/"`);
    expect(body).toContain('href="/eupen/de/"');
    expect(body).toContain('href="/eupen/fr/"');
    expect(body).not.toContain('href="/eupen/en/"');
    expect(body).toContain('href="/strict-csp/liege/"');
    expect(body).toContain('href="/strict-csp/eupen/"');
    expect(count(body, /<h1[\s>]/g)).toBe(1);
  });

  it('speaks the language asked in the query, else the browser language', async () => {
    expect((await page('/?lang=nl')).body).toContain('<html lang="nl">');
    const fromHeader = await page('/', { headers: { 'Accept-Language': 'de-BE,de;q=0.9,fr;q=0.5' } });
    expect(fromHeader.body).toContain('<html lang="de">');
    expect(fromHeader.body).toContain('<h1>Demo-Websites der Gemeinden</h1>');
    expect((await page('/', { headers: { 'Accept-Language': 'ja' } })).body).toContain('<html lang="en">');
  });
});

describe('assets', () => {
  it('serves the stylesheets and the icon with their content types', async () => {
    const css = await page('/assets/site.css');
    expect(css.response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.body).toContain('.skip-link');
    const commune = await page('/assets/liege.css');
    expect(commune.response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(commune.body).toContain('--site-primary: #b5121b;');
    const icon = await page('/assets/favicon.svg');
    expect(icon.response.headers.get('content-type')).toBe('image/svg+xml');
    expect(icon.body).toMatch(/^<svg /);
  });
});

describe('escaping', () => {
  const hostile: DemoCommune = {
    ...liege,
    names: { fr: '<script>alert(1)</script>', en: '"><img src=x onerror=alert(2)>' },
    city: '<b>Liège</b>',
    postalCode: "4000' onmouseover='alert(3)",
  };
  const hostileSite = createDemoSite({ apiOrigin: API, communes: [hostile] });

  it.each(['/', '/liege/fr/', '/liege/en/', '/strict-csp/liege/'])(
    'escapes every configured text on %s',
    async (path) => {
      const body = await (await hostileSite.request(path)).text();
      expect(body).not.toContain('<script>alert');
      expect(body).not.toContain('<img src=x');
      expect(body).not.toContain('<b>Liège');
      expect(body).not.toContain("' onmouseover='");
      expect(body).toMatch(/&lt;script&gt;alert\(1\)&lt;\/script&gt;|&quot;&gt;&lt;img src=x/);
    },
  );

  it('shows the escaped texts where they belong', async () => {
    const body = await (await hostileSite.request('/liege/fr/')).text();
    expect(body).toContain('<span class="logo-name">&lt;script&gt;alert(1)&lt;/script&gt;</span>');
    expect(body).toContain('4000&#39; onmouseover=&#39;alert(3) &lt;b&gt;Liège&lt;/b&gt;</address>');
  });
});

describe('options', () => {
  it('puts the loader under the API base and the bare origin in the policy', async () => {
    const proxied = createDemoSite({ apiOrigin: 'https://services.example.be/communa/', communes: [liege] });
    const response = await proxied.request('/strict-csp/liege/');
    const body = await response.text();
    expect(body).toContain('src="https://services.example.be/communa/widgets/v1/communa.js"');
    expect(response.headers.get('content-security-policy')).toContain(
      'script-src https://services.example.be; connect-src https://services.example.be;',
    );
  });

  it.each([
    ['an apiOrigin that is not a URL', { apiOrigin: 'localhost:8787', communes: [] }],
    ['an apiOrigin that is not http(s)', { apiOrigin: 'javascript:alert(1)', communes: [] }],
    ['a slug that is not URL-safe', { apiOrigin: API, communes: [{ ...liege, slug: 'Liège' }] }],
    ['a reserved slug', { apiOrigin: API, communes: [{ ...liege, slug: 'assets' }] }],
    ['a duplicated slug', { apiOrigin: API, communes: [liege, liege] }],
    ['no language', { apiOrigin: API, communes: [{ ...liege, languages: [] }] }],
    [
      'a default language not offered',
      { apiOrigin: API, communes: [{ ...eupen, defaultLanguage: 'en' as const }] },
    ],
    ['a colour that is not hex', { apiOrigin: API, communes: [{ ...liege, colorPrimary: 'red;}body{' }] }],
  ])('refuses %s', (_label, options) => {
    expect(() => createDemoSite(options)).toThrow(/demo-site/);
  });
});
