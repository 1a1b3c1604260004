import path from 'node:path';
import type { TenantConfig } from '@communa/tenant-config';
import { FileMailbox } from './file-mailbox.ts';
import type { MailTransport } from './mail-transport.ts';
import { createResendTransport } from './resend-transport.ts';

export interface MailTransportSettings {
  /** Unset: nothing is sent, every message goes to the file mailbox. */
  resendApiKey: string | undefined;
  resendBaseUrl: string | undefined;
  /** Folder of the file mailbox. */
  mailDir: string;
}

/** The process settings this module reads (see env.ts). */
export interface MailEnv {
  RESEND_API_KEY?: string | undefined;
  RESEND_BASE_URL?: string | undefined;
  DATA_DIR: string;
}

export function mailTransportSettings(env: MailEnv): MailTransportSettings {
  return {
    resendApiKey: env.RESEND_API_KEY,
    resendBaseUrl: env.RESEND_BASE_URL,
    mailDir: path.join(env.DATA_DIR, 'mail'),
  };
}

export interface MailTransports {
  /** Always there: where mail goes when it must not leave, and what /dev/mail shows. */
  mailbox: FileMailbox;
  /** Resend with an API key, else the mailbox. */
  live: MailTransport;
  /** A sandbox commune is a test space: its mail never leaves, whatever the settings. */
  forTenant(tenant: Pick<TenantConfig, 'sandbox'>): MailTransport;
}

export function createMailTransports(settings: MailTransportSettings): MailTransports {
  const mailbox = new FileMailbox(settings.mailDir);
  const live = settings.resendApiKey
    ? createResendTransport({ apiKey: settings.resendApiKey, baseUrl: settings.resendBaseUrl })
    : mailbox;
  return { mailbox, live, forTenant: (tenant) => (tenant.sandbox ? mailbox : live) };
}
