import type { Transaction } from '@communa/db';
import type { Language } from '@communa/tenant-config';
import type { EventRequestRow } from '../event-requests/event-request-store.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { enqueueMail } from '../jobs/mail-jobs.ts';
import type { MailAttachment } from '../notifications/mail-message.ts';
import type { RenderedMail } from '../notifications/templates/layout.ts';
import type { MailBrand } from '../notifications/templates/mail-brand.ts';
import { mailLanguage } from '../notifications/templates/mail-brand.ts';
import { tenantMailBrand } from '../notifications/tenant-mail.ts';
import type { ResolvedTenant } from '../tenants/tenant-directory.ts';
import { requesterOf } from './event-staff-store.ts';

/** The commune's page where requesters follow their requests, else its website. */
export function followUrlOf(tenant: ResolvedTenant): string {
  const config = tenant.publicConfig;
  return config.services.find((service) => service.kind === 'events')?.pageUrl ?? config.contact.website;
}

/** The language a requester is written to (the letter's too): theirs if the commune offers it. */
export function requesterLanguage(tenant: ResolvedTenant, language: string | null | undefined): Language {
  return mailLanguage(tenant.publicConfig, language);
}

/**
 * Queues an e-mail to the request's requester (none once the account is erased), in their
 * language, in the transaction of the change it tells about.
 */
export async function mailRequester(
  tx: Transaction,
  jobs: JobQueue,
  tenant: ResolvedTenant,
  row: EventRequestRow,
  mail: {
    kind: string;
    render: (brand: MailBrand, followUrl: string) => RenderedMail;
    attachments?: readonly MailAttachment[];
  },
): Promise<void> {
  const requester = await requesterOf(tx, row);
  if (!requester) return;
  const lang = requesterLanguage(tenant, requester.language);
  await enqueueMail(jobs, tx, tenant.slug, {
    to: requester.email,
    // A status is left and reached again (incomplete, resubmitted): the instant tells the mails apart.
    idempotencyKey: `${mail.kind}/${tenant.slug}/${row.reference}/${Date.now()}`,
    content: mail.render(tenantMailBrand(tenant, lang), followUrlOf(tenant)),
    tags: [{ name: 'kind', value: mail.kind }],
    ...(mail.attachments ? { attachments: mail.attachments } : {}),
  });
}
