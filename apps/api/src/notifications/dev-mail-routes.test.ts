import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.ts';
import { createOfflineApp } from '../testing/offline-app.ts';
import { registerDevMailRoutes } from './dev-mail-routes.ts';
import type { StoredMail } from './file-mailbox.ts';
import { FileMailbox } from './file-mailbox.ts';
import type { MailMessage } from './mail-message.ts';

const message = (overrides: Partial<MailMessage>): MailMessage => ({
  to: 'parent@example.be',
  from: '"Ville de Liège" <no-reply@communa.test>',
  replyTo: 'info@liege.be',
  subject: 'Votre code de connexion',
  html: '<p style="color:#b5121b">Code 482913</p>',
  text: 'Code 482913\n\nMes demandes:\nhttps://www.liege.be/compte?x=1&y=2',
  tags: [{ name: 'tenant', value: 'liege' }],
  idempotencyKey: `test/${randomUUID()}`,
  ...overrides,
});

describe('dev mailbox pages', () => {
  let root: string;
  let app: App;
  let older: string;
  let newer: string;
  let clock = Date.parse('2026-06-01T08:00:00.000Z');

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'communa-dev-mail-'));
    const mailbox = new FileMailbox(path.join(root, 'mail'), { now: () => new Date(clock) });
    const send = async (overrides: Partial<MailMessage>) => {
      const result = await mailbox.send(message(overrides));
      if (!result.ok) throw new Error(result.failure.message);
      clock += 60_000;
      return result.id;
    };
    older = await send({ subject: 'Older <one>' });
    newer = await send({ to: 'other@example.be', subject: 'Newer & "quoted"' });
    app = await createOfflineApp();
    registerDevMailRoutes(app, mailbox);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  const cspOf = (res: Response) => res.headers.get('content-security-policy') ?? '';

  it('lists the mailbox newest first: time, recipient, subject, escaped', async () => {
    const res = await app.request('/dev/mail');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await res.text();
    expect(page.indexOf(`/dev/mail/${newer}`)).toBeGreaterThan(0);
    expect(page.indexOf(`/dev/mail/${newer}`)).toBeLessThan(page.indexOf(`/dev/mail/${older}`));
    expect(page).toContain('Newer &amp; &quot;quoted&quot;');
    expect(page).toContain('Older &lt;one&gt;');
    expect(page).toContain('other@example.be');
    expect(page).toContain('<time datetime="2026-06-01T08:00:00.000Z">01/06/2026, 10:00:00</time>');
  });

  it('serves its pages under a strict CSP: no script at all, its one stylesheet by hash', async () => {
    for (const url of ['/dev/mail', `/dev/mail/${older}`]) {
      const res = await app.request(url);
      const csp = cspOf(res);
      expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*';/);
      expect(csp).not.toContain('script-src');
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      const page = await res.text();
      const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? '';
      expect(csp).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
      expect(page).not.toContain('<script');
      expect(page).not.toContain('style="');
    }
  });

  it('shows one message: headers, the text part with its links, the HTML part in a sandboxed frame', async () => {
    const res = await app.request(`/dev/mail/${older}`);
    expect(res.status).toBe(200);
    expect(cspOf(res)).toContain("frame-src 'self'");
    const page = await res.text();
    expect(page).toContain('<h1>Older &lt;one&gt;</h1>');
    expect(page).toContain('&quot;Ville de Liège&quot; &lt;no-reply@communa.test&gt;');
    expect(page).toContain('info@liege.be');
    expect(page).toContain('tenant=liege');
    expect(page).toContain(`<iframe sandbox src="/dev/mail/${older}/html"`);
    expect(page).toContain('<pre>Code 482913');
    expect(page).toContain(
      '<a href="https://www.liege.be/compte?x=1&amp;y=2" rel="noreferrer">https://www.liege.be/compte?x=1&amp;y=2</a>',
    );
  });

  it('serves the HTML part alone, sandboxed, frameable only by its own origin', async () => {
    const res = await app.request(`/dev/mail/${older}/html`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('<p style="color:#b5121b">Code 482913</p>');
    expect(cspOf(res)).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox",
    );
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('answers 404 for an unknown or malformed id', async () => {
    for (const url of [
      `/dev/mail/${'0'.repeat(32)}`,
      `/dev/mail/${'0'.repeat(32)}/html`,
      '/dev/mail/..%2f..%2fetc',
    ]) {
      const res = await app.request(url);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    }
  });

  it('gives tests the mailbox as JSON, optionally for one recipient', async () => {
    const all = (await (await app.request('/dev/mail.json')).json()) as { mails: StoredMail[] };
    expect(all.mails.map((mail) => mail.id)).toEqual([newer, older]);
    const res = await app.request('/dev/mail.json?to=OTHER@example.be');
    const one = (await res.json()) as { mails: StoredMail[] };
    expect(one.mails.map((mail) => mail.id)).toEqual([newer]);
    expect(one.mails[0]?.message.text).toContain('482913');
  });
});
