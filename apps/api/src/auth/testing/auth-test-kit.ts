import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DbHandle } from '@communa/db';
import { createDb } from '@communa/db';
import type { Logger } from 'pino';
import { FileMailbox } from '../../notifications/file-mailbox.ts';
import type { FakeResendServer } from '../../notifications/testing/fake-resend-server.ts';
import { startFakeResendServer } from '../../notifications/testing/fake-resend-server.ts';
import type { TestPlatform } from '../../testing/test-platform.ts';
import { startTestPlatform } from '../../testing/test-platform.ts';

export const DEMO_ORIGIN = 'http://demo.communa.test';

export interface AuthTestKit {
  platform: TestPlatform;
  mailbox: FileMailbox;
  /** Owner connection, to read and arrange rows the API keeps. */
  owner: DbHandle;
  /** Asks for a code on a commune, from a given client address. */
  sendCode: (email: string, options?: { tenant?: string; ip?: string; lang?: string }) => Promise<Response>;
  /** Signs in with a code; the bearer token is in `set-auth-token`. */
  signIn: (email: string, otp: string, options?: { ip?: string; language?: string }) => Promise<Response>;
  /** The code of the newest mail to an address. */
  codeMailedTo: (email: string) => Promise<string>;
  withBearer: (token: string) => Record<string, string>;
  close: () => Promise<void>;
}

/** A test platform whose mail lands in a folder of its own, with helpers for the sign-in steps. */
export async function startAuthTestKit(
  env: Record<string, string> = {},
  logger?: Logger,
): Promise<AuthTestKit> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'communa-auth-'));
  const platform = await startTestPlatform({
    extraOrigins: [DEMO_ORIGIN],
    env: { DATA_DIR: dataDir, ...env },
    ...(logger ? { logger } : {}),
  });
  const mailbox = new FileMailbox(path.join(dataDir, 'mail'));
  const { app } = platform;
  const owner = createDb(platform.database.ownerUrl, { max: 1 });
  return {
    platform,
    mailbox,
    owner,
    sendCode: async (email, options = {}) =>
      app.request('/api/auth/email-otp/send-verification-otp', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-communa-tenant': options.tenant ?? 'liege',
          'x-forwarded-for': options.ip ?? '198.51.100.1',
          ...(options.lang ? { 'accept-language': options.lang } : {}),
        },
        body: JSON.stringify({ email, type: 'sign-in' }),
      }),
    signIn: async (email, otp, options = {}) =>
      app.request('/api/auth/sign-in/email-otp', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': options.ip ?? '198.51.100.1' },
        body: JSON.stringify({ email, otp, ...(options.language ? { language: options.language } : {}) }),
      }),
    codeMailedTo: async (email) => {
      const mail = (await mailbox.list()).find((m) => m.message.to === email);
      const code = mail?.message.text.match(/\b(\d{6})\b/)?.[1];
      if (!code) throw new Error(`no sign-in code mailed to ${email}`);
      return code;
    },
    withBearer: (token) => ({ authorization: `Bearer ${token}` }),
    close: async () => {
      await owner.close();
      await platform.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ResendTestKit extends AuthTestKit {
  /** The fake Resend API every e-mail of this platform goes to. */
  resend: FakeResendServer;
}

/** The auth test kit with its e-mail sent through the real Resend SDK to a fake Resend on 127.0.0.1. */
export async function startResendTestKit(): Promise<ResendTestKit> {
  const resend = await startFakeResendServer();
  const kit = await startAuthTestKit({ RESEND_API_KEY: resend.apiKey, RESEND_BASE_URL: resend.url });
  return {
    ...kit,
    resend,
    close: async () => {
      await kit.close();
      await resend.close();
    },
  };
}
