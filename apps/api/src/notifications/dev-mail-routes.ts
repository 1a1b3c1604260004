import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { httpProblems } from '../problems/codes.ts';
import { respondProblem } from '../problems/respond.ts';
import {
  DEV_MAIL_CSP,
  DEV_MAIL_PATH,
  MAIL_HTML_CSP,
  mailDetailPage,
  mailListPage,
} from './dev-mail-pages.ts';
import type { FileMailbox } from './file-mailbox.ts';

const ID = ':id{[0-9a-f]{32}}';
const LIST_LIMIT = 200;

/**
 * The file mailbox in a browser, for development only (mounted outside production): the list,
 * one message, its HTML part on its own sandboxed URL, and JSON for tests. Plain routes, so they
 * stay out of the OpenAPI document.
 */
export function registerDevMailRoutes(app: OpenAPIHono<AppEnv>, mailbox: FileMailbox): void {
  app.get(DEV_MAIL_PATH, async (c) => {
    c.header('Content-Security-Policy', DEV_MAIL_CSP);
    c.header('Cache-Control', 'no-store');
    return c.html(mailListPage(await mailbox.list({ limit: LIST_LIMIT }), mailbox.dir));
  });

  app.get(`${DEV_MAIL_PATH}.json`, async (c) => {
    const to = c.req.query('to')?.toLowerCase();
    const mails = await mailbox.list();
    c.header('Cache-Control', 'no-store');
    return c.json({ mails: to ? mails.filter((mail) => mail.message.to.toLowerCase() === to) : mails });
  });

  app.get(`${DEV_MAIL_PATH}/${ID}`, async (c) => {
    const mail = await mailbox.read(c.req.param('id'));
    if (!mail) return respondProblem(c, httpProblems.notFound, 'No such message in the dev mailbox');
    c.header('Content-Security-Policy', DEV_MAIL_CSP);
    c.header('Cache-Control', 'no-store');
    return c.html(mailDetailPage(mail));
  });

  app.get(`${DEV_MAIL_PATH}/${ID}/html`, async (c) => {
    const mail = await mailbox.read(c.req.param('id'));
    if (!mail) return respondProblem(c, httpProblems.notFound, 'No such message in the dev mailbox');
    c.header('Content-Security-Policy', MAIL_HTML_CSP);
    // Only the detail page of this origin may frame it.
    c.header('X-Frame-Options', 'SAMEORIGIN');
    c.header('Cache-Control', 'no-store');
    return c.html(mail.message.html);
  });
}
