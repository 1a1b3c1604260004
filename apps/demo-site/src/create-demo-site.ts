import type { Context } from 'hono';
import { Hono } from 'hono';
import { languageDetector } from 'hono/language';
import { communeStylesheet } from './commune-stylesheet.ts';
import { isLanguage, LANGUAGES } from './languages.ts';
import { renderCommunePage } from './pages/commune-page.ts';
import { renderIndexPage } from './pages/index-page.ts';
import { renderNotFoundPage } from './pages/not-found-page.ts';
import { communePagePath } from './paths.ts';
import { toSiteConfig } from './site-config.ts';
import { FAVICON_SVG, SITE_CSS } from './static-assets.ts';
import { strictCsp } from './strict-csp.ts';
import type { DemoSiteOptions } from './types.ts';

const CSS = 'text/css; charset=utf-8';
const SVG = 'image/svg+xml';

/**
 * Fake municipal websites that embed Communa's widgets from another origin (the API's), for
 * development, documentation and browser tests. Run it with `@hono/node-server` on its own port.
 */
export function createDemoSite(options: DemoSiteOptions): Hono {
  const config = toSiteConfig(options);
  const csp = strictCsp(config.apiOrigin);
  const app = new Hono();

  app.use(async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
  });

  const asset = (c: Context, body: string, type: string) =>
    c.body(body, 200, { 'Content-Type': type, 'Cache-Control': 'no-cache' });

  app.get('/assets/site.css', (c) => asset(c, SITE_CSS, CSS));
  app.get('/assets/favicon.svg', (c) => asset(c, FAVICON_SVG, SVG));
  app.get('/assets/:file{[a-z0-9-]+\\.css}', (c) => {
    const commune = config.communes.get(c.req.param('file').slice(0, -'.css'.length));
    return commune ? asset(c, communeStylesheet(commune), CSS) : c.notFound();
  });

  app.get(
    '/',
    languageDetector({
      supportedLanguages: [...LANGUAGES],
      fallbackLanguage: 'en',
      order: ['querystring', 'header'],
      lookupQueryString: 'lang',
      caches: false,
    }),
    (c) => {
      const detected = c.get('language');
      return c.html(renderIndexPage([...config.communes.values()], isLanguage(detected) ? detected : 'en'));
    },
  );

  // The commune and language a page path names, or nothing when either is unknown (a 404).
  const resolve = (c: Context) => {
    const commune = config.communes.get(c.req.param('slug') ?? '');
    if (!commune) return undefined;
    const lang = c.req.param('lang') ?? commune.defaultLanguage;
    return isLanguage(lang) && commune.languages.includes(lang) ? { commune, lang } : undefined;
  };
  const toSlashed = (c: Context) => (resolve(c) ? redirectKeepingQuery(c, `${c.req.path}/`) : c.notFound());

  // Strict-CSP pages: the same page, under a policy that forbids anything inline.
  const strictPage = (c: Context) => {
    const page = resolve(c);
    if (!page) return c.notFound();
    c.header('Content-Security-Policy', csp);
    return c.html(renderCommunePage({ ...page, strict: true, apiBase: config.apiBase }));
  };
  const strictStagesPage = (c: Context) => {
    const page = resolve(c);
    if (!page) return c.notFound();
    c.header('Content-Security-Policy', csp);
    return c.html(renderCommunePage({ ...page, strict: true, apiBase: config.apiBase, page: 'stages' }));
  };
  // A form's page, for one of the commune's forms only.
  const formPage = (strict: boolean) => (c: Context) => {
    const page = resolve(c);
    const form = c.req.param('form');
    if (!page?.commune.forms?.some((candidate) => candidate.key === form)) return c.notFound();
    if (strict) c.header('Content-Security-Policy', csp);
    return c.html(renderCommunePage({ ...page, strict, apiBase: config.apiBase, page: 'forms', form }));
  };
  // Strict pages first: `/:slug/:lang/forms/:form/` would also read them.
  app.get('/strict-csp/:slug/forms/:form/', formPage(true));
  app.get('/strict-csp/:slug/:lang/forms/:form/', formPage(true));
  app.get('/:slug/:lang/forms/:form/', formPage(false));
  // The stages pages first: `stages` is not a language.
  app.get('/strict-csp/:slug/stages/', strictStagesPage);
  app.get('/strict-csp/:slug/:lang/stages/', strictStagesPage);
  app.get('/:slug/:lang/stages/', (c) => {
    const page = resolve(c);
    if (!page) return c.notFound();
    return c.html(renderCommunePage({ ...page, strict: false, apiBase: config.apiBase, page: 'stages' }));
  });
  // The events calendar's pages, before the language pages too: `events` is not a language.
  const eventsPage = (strict: boolean) => (c: Context) => {
    const page = resolve(c);
    if (!page) return c.notFound();
    if (strict) c.header('Content-Security-Policy', csp);
    return c.html(renderCommunePage({ ...page, strict, apiBase: config.apiBase, page: 'events' }));
  };
  app.get('/strict-csp/:slug/events/', eventsPage(true));
  app.get('/strict-csp/:slug/:lang/events/', eventsPage(true));
  app.get('/:slug/:lang/events/', eventsPage(false));
  // The event request's pages, before the language pages as well.
  const eventRequestPage = (strict: boolean) => (c: Context) => {
    const page = resolve(c);
    if (!page) return c.notFound();
    if (strict) c.header('Content-Security-Policy', csp);
    return c.html(renderCommunePage({ ...page, strict, apiBase: config.apiBase, page: 'event-request' }));
  };
  app.get('/strict-csp/:slug/event-request/', eventRequestPage(true));
  app.get('/strict-csp/:slug/:lang/event-request/', eventRequestPage(true));
  app.get('/:slug/:lang/event-request/', eventRequestPage(false));
  app.get('/strict-csp/:slug', toSlashed);
  app.get('/strict-csp/:slug/', strictPage);
  app.get('/strict-csp/:slug/:lang', toSlashed);
  app.get('/strict-csp/:slug/:lang/', strictPage);

  // A commune without a language goes to its default language.
  const toDefaultLanguage = (c: Context) => {
    const page = resolve(c);
    if (!page) return c.notFound();
    return redirectKeepingQuery(c, communePagePath(page.commune, page.lang, false));
  };
  app.get('/:slug', toDefaultLanguage);
  app.get('/:slug/', toDefaultLanguage);
  app.get('/:slug/:lang', toSlashed);
  app.get('/:slug/:lang/', (c) => {
    const page = resolve(c);
    if (!page) return c.notFound();
    return c.html(renderCommunePage({ ...page, strict: false, apiBase: config.apiBase }));
  });

  app.notFound((c) => c.html(renderNotFoundPage(), 404));
  return app;
}

// The widgets keep deep links in the query (`?communa-service=…`): a redirect must not drop them.
function redirectKeepingQuery(c: Context, path: string): Response {
  const { search } = new URL(c.req.url);
  return c.redirect(`${path}${search}`, 302);
}
