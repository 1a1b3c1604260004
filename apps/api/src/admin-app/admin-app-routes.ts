import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { setResponseHeader } from '../http/node-headers.ts';
import { respondAsset } from '../http/static-assets.ts';
import { httpProblems } from '../problems/codes.ts';
import { respondProblem } from '../problems/respond.ts';
import type { AdminAssets } from './admin-assets.ts';
import { ADMIN_ASSETS_FOLDER, ADMIN_INDEX } from './admin-assets.ts';

/**
 * The back-office's own policy: everything from this origin, nothing inline, no framing, no
 * plug-ins. Its pages hold staff sessions, so it is stricter than what the widgets ask of hosts.
 */
export const ADMIN_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** A path under /admin/ that names a file rather than a screen: a miss is a 404, never the page. */
function isFilePath(relative: string): boolean {
  return relative.startsWith(ADMIN_ASSETS_FOLDER) || /\.[a-z0-9]+$/i.test(relative);
}

/**
 * Serves the back-office at /admin: its hashed files, and its one page for every other path, so
 * the screens' URLs (`/admin/liege/staff`, `/admin/invitations/<id>`) work as deep links and the
 * app routes them with the History API.
 */
export function registerAdminAppRoutes(app: OpenAPIHono<AppEnv>, assets: AdminAssets): void {
  const serve = (c: Context<AppEnv>) => {
    setResponseHeader(c, 'Content-Security-Policy', ADMIN_CSP);
    setResponseHeader(c, 'X-Frame-Options', 'DENY');
    // Unlike the widgets, nothing here is meant to be loaded by another site.
    setResponseHeader(c, 'Cross-Origin-Resource-Policy', 'same-origin');
    const relative = c.req.path.replace(/^\/admin\/?/, '');
    if (isFilePath(relative)) {
      const asset = assets.get(relative);
      if (!asset) return respondProblem(c, httpProblems.notFound, `No back-office file ${relative}`);
      return respondAsset(c, asset);
    }
    const page = assets.get(ADMIN_INDEX);
    if (!page) {
      return respondProblem(
        c,
        httpProblems.unavailable,
        'The back-office is not built: run npm run build:assets',
      );
    }
    return respondAsset(c, page);
  };
  app.get('/admin', serve);
  app.get('/admin/*', serve);
}
