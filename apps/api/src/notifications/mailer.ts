import type { TenantConfig } from '@communa/tenant-config';
import { localize } from '@communa/tenant-config';
import type { MailTransports } from './create-mail-transport.ts';
import type { MailAttachment, MailTag } from './mail-message.ts';
import type { MailSendResult } from './mail-transport.ts';
import type { RenderedMail } from './templates/layout.ts';

export type MailingTenant = Pick<TenantConfig, 'slug' | 'sandbox' | 'names' | 'languages' | 'contact'>;

export interface OutgoingMail {
  to: string;
  /** Unique per e-mail meant (`sign-in-code/<challenge id>`), reused on every retry of it. */
  idempotencyKey: string;
  content: RenderedMail;
  tags?: readonly MailTag[];
  attachments?: readonly MailAttachment[];
}

export interface Mailer {
  /** Sends on behalf of a commune; a failure comes back as a value saying whether to retry. */
  send(tenant: MailingTenant, mail: OutgoingMail): Promise<MailSendResult>;
}

/**
 * Mail leaves from our one verified address under the commune's name, and replies go to the
 * commune's own contact address, not to us.
 */
export function createMailer(options: { transports: MailTransports; fromAddress: string }): Mailer {
  return {
    send(tenant, mail) {
      const communeName = localize(tenant.names, mail.content.lang, tenant.languages.default);
      return options.transports.forTenant(tenant).send({
        to: mail.to,
        from: formatMailbox(communeName, options.fromAddress),
        replyTo: tenant.contact.email,
        subject: mail.content.subject,
        html: mail.content.html,
        text: mail.content.text,
        tags: [{ name: 'tenant', value: tenant.slug }, ...(mail.tags ?? [])],
        idempotencyKey: mail.idempotencyKey,
        ...(mail.attachments ? { attachments: [...mail.attachments] } : {}),
      });
    },
  };
}

/** `"Display name" <address>`, quoted so commas or quotes in a name cannot add recipients or headers. */
export function formatMailbox(displayName: string, address: string): string {
  const name = displayName.replace(/[\r\n]+/g, ' ').replace(/["\\]/g, '\\$&');
  return `"${name}" <${address}>`;
}
