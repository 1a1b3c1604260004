import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMailTransports, mailTransportSettings } from './create-mail-transport.ts';
import { createMailer, formatMailbox } from './mailer.ts';
import { renderSignInCode } from './templates/sign-in-code.ts';
import type { FakeResendServer } from './testing/fake-resend-server.ts';
import { startFakeResendServer } from './testing/fake-resend-server.ts';
import { mailingTenant, THEME } from './testing/mail-fixtures.ts';

const FROM = 'no-reply@communa.test';

function signInMail(lang: 'fr' | 'nl', communeName: string) {
  return {
    to: 'parent@example.be',
    idempotencyKey: `sign-in-code/${randomUUID()}`,
    content: renderSignInCode(
      { lang, communeName, colorPrimary: THEME.colorPrimary, colorOnPrimary: THEME.colorOnPrimary },
      { code: '482913', validMinutes: 10 },
    ),
    tags: [{ name: 'kind', value: 'sign-in-code' }],
  };
}

describe('choosing the transport', () => {
  let server: FakeResendServer;
  let root: string;

  beforeAll(async () => {
    server = await startFakeResendServer();
    root = await mkdtemp(path.join(tmpdir(), 'communa-mailer-'));
  });
  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });
  beforeEach(() => server.reset());

  const settings = (apiKey: string | undefined) => ({
    resendApiKey: apiKey,
    resendBaseUrl: server.url,
    mailDir: path.join(root, randomUUID()),
  });

  it('reads its settings from the environment, the mailbox under DATA_DIR/mail', () => {
    expect(
      mailTransportSettings({ RESEND_API_KEY: 're_1', RESEND_BASE_URL: undefined, DATA_DIR: '/srv/data' }),
    ).toEqual({ resendApiKey: 're_1', resendBaseUrl: undefined, mailDir: path.join('/srv/data', 'mail') });
  });

  it('sends through Resend when an API key is set, from the commune’s name, replies to the commune', async () => {
    const transports = createMailTransports(settings(server.apiKey));
    expect(transports.live.kind).toBe('resend');
    const mailer = createMailer({ transports, fromAddress: FROM });
    const result = await mailer.send(mailingTenant(), signInMail('nl', 'Stad Luik'));
    expect(result.ok).toBe(true);
    expect(server.delivered).toHaveLength(1);
    expect(server.delivered[0]?.payload).toMatchObject({
      from: `"Stad Luik" <${FROM}>`,
      to: 'parent@example.be',
      reply_to: 'info@liege.be',
      subject: 'Uw aanmeldcode — Stad Luik',
      tags: [
        { name: 'tenant', value: 'liege' },
        { name: 'kind', value: 'sign-in-code' },
      ],
    });
    expect(await transports.mailbox.list()).toEqual([]);
  });

  it('never sends a sandbox commune’s mail through Resend: it lands in the mailbox', async () => {
    const transports = createMailTransports(settings(server.apiKey));
    const mailer = createMailer({ transports, fromAddress: FROM });
    const sandbox = mailingTenant({ slug: 'bac-a-sable', sandbox: true });
    const result = await mailer.send(sandbox, signInMail('fr', 'Ville de Liège'));
    expect(result.ok).toBe(true);
    expect(server.requests).toHaveLength(0);
    const [stored] = await transports.mailbox.list();
    expect(stored?.message).toMatchObject({
      to: 'parent@example.be',
      from: `"Ville de Liège" <${FROM}>`,
      tags: [
        { name: 'tenant', value: 'bac-a-sable' },
        { name: 'kind', value: 'sign-in-code' },
      ],
    });
    expect(stored?.message.text).toContain('482913');
  });

  it('writes every commune’s mail to the mailbox without an API key', async () => {
    const transports = createMailTransports(settings(undefined));
    expect(transports.live).toBe(transports.mailbox);
    const result = await createMailer({ transports, fromAddress: FROM }).send(
      mailingTenant(),
      signInMail('fr', 'Ville de Liège'),
    );
    expect(result.ok).toBe(true);
    expect(await transports.mailbox.list()).toHaveLength(1);
    expect(server.requests).toHaveLength(0);
  });
});

describe('formatMailbox', () => {
  it('quotes the display name so it cannot add recipients or headers', () => {
    expect(formatMailbox('Ville de Liège', FROM)).toBe(`"Ville de Liège" <${FROM}>`);
    expect(formatMailbox('A "B", <c@d.be>\r\nBcc: x@y.be', FROM)).toBe(
      `"A \\"B\\", <c@d.be> Bcc: x@y.be" <${FROM}>`,
    );
  });
});
