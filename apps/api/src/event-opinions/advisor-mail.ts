import type { Transaction } from '@communa/db';
import { localize } from '@communa/tenant-config';
import type { EventRequestRow } from '../event-requests/event-request-store.ts';
import { backOfficeRequestsUrl } from '../event-staff/event-staff-route-deps.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { enqueueMail } from '../jobs/mail-jobs.ts';
import type { EventOpinionOutcome } from '../notifications/templates/event-opinion-outcome.ts';
import { renderEventOpinionOutcome } from '../notifications/templates/event-opinion-outcome.ts';
import type { EventOpinionMailInput } from '../notifications/templates/event-opinion-requested.ts';
import type { RenderedMail } from '../notifications/templates/layout.ts';
import type { MailBrand } from '../notifications/templates/mail-brand.ts';
import { mailLanguage } from '../notifications/templates/mail-brand.ts';
import { tenantMailBrand } from '../notifications/tenant-mail.ts';
import type { ResolvedTenant } from '../tenants/tenant-directory.ts';
import { activeServices, advisorsOf, opinionStatusesOf } from './event-opinion-store.ts';

/**
 * Queues one e-mail per advisor of each service, in the advisor's language; a service nobody
 * speaks for yet is written to at its configured address, in the commune's default language.
 * `key` makes each e-mail's idempotency key (with the recipient appended).
 */
export async function mailAdvisors(
  tx: Transaction,
  deps: { jobs: JobQueue; publicUrl: string },
  tenant: ResolvedTenant,
  request: Pick<EventRequestRow, 'title' | 'reference' | 'startsAt'>,
  opinions: readonly { serviceKey: string; dueOn: string; question: string | null }[],
  mail: {
    kind: string;
    key: string;
    render: (brand: MailBrand, input: EventOpinionMailInput) => RenderedMail;
  },
): Promise<number> {
  const config = tenant.publicConfig;
  const services = new Map((await activeServices(tx, tenant.id)).map((service) => [service.key, service]));
  const advisors = await advisorsOf(
    tx,
    tenant.id,
    opinions.map((opinion) => opinion.serviceKey),
  );
  let sent = 0;
  for (const opinion of opinions) {
    const service = services.get(opinion.serviceKey);
    if (!service) continue;
    const people = advisors.filter((advisor) => advisor.serviceKey === opinion.serviceKey);
    const recipients =
      people.length > 0
        ? people.map((person) => ({ email: person.email, language: person.language }))
        : [{ email: service.email, language: null }];
    for (const recipient of recipients) {
      const lang = mailLanguage(config, recipient.language);
      await enqueueMail(deps.jobs, tx, tenant.slug, {
        to: recipient.email,
        idempotencyKey: `${mail.key}/${opinion.serviceKey}/${recipient.email}`,
        content: mail.render(tenantMailBrand(tenant, lang), {
          title: request.title,
          reference: request.reference,
          serviceName: localize(service.name, lang, config.languages.default),
          dueOn: opinion.dueOn,
          startsAt: request.startsAt,
          question: opinion.question,
          url: backOfficeRequestsUrl(deps.publicUrl, tenant.slug),
        }),
        tags: [{ name: 'kind', value: mail.kind }],
      });
      sent += 1;
    }
  }
  return sent;
}

/**
 * Tells the services asked about a request (opinion pending or given) that it was withdrawn or
 * decided: one e-mail per person, in their language, naming each of their services asked, and
 * saying their opinion is no longer expected when one was still pending. A service nobody speaks
 * for is written to at its configured address, as it was asked. Sent once: a request is withdrawn
 * or decided once.
 */
export async function mailAdvisorsOfOutcome(
  tx: Transaction,
  deps: { jobs: JobQueue; publicUrl: string },
  tenant: ResolvedTenant,
  request: Pick<EventRequestRow, 'id' | 'title' | 'reference'>,
  outcome: EventOpinionOutcome,
): Promise<number> {
  const config = tenant.publicConfig;
  const asked = new Map(
    (await opinionStatusesOf(tx, tenant.id, request.id)).map((opinion) => [
      opinion.serviceKey,
      opinion.status,
    ]),
  );
  if (asked.size === 0) return 0;
  const advisors = await advisorsOf(tx, tenant.id, [...asked.keys()]);
  const services = (await activeServices(tx, tenant.id)).filter((service) => asked.has(service.key));
  const recipients = new Map<
    string,
    { email: string; language: string | null; services: typeof services; pending: boolean }
  >();
  for (const service of services) {
    const people = advisors.filter((advisor) => advisor.serviceKey === service.key);
    const speakers =
      people.length > 0
        ? people.map((person) => ({ email: person.email, language: person.language }))
        : [{ email: service.email, language: null }];
    for (const speaker of speakers) {
      const key = speaker.email.toLowerCase();
      const recipient = recipients.get(key) ?? { ...speaker, services: [], pending: false };
      recipient.services.push(service);
      recipient.pending ||= asked.get(service.key) === 'pending';
      recipients.set(key, recipient);
    }
  }
  for (const [key, recipient] of recipients) {
    const lang = mailLanguage(config, recipient.language);
    await enqueueMail(deps.jobs, tx, tenant.slug, {
      to: recipient.email,
      idempotencyKey: `event-opinion-outcome/${tenant.slug}/${request.reference}/${key}`,
      content: renderEventOpinionOutcome(tenantMailBrand(tenant, lang), {
        title: request.title,
        reference: request.reference,
        outcome,
        services: recipient.services.map((service) => localize(service.name, lang, config.languages.default)),
        pending: recipient.pending,
        url: backOfficeRequestsUrl(deps.publicUrl, tenant.slug),
      }),
      tags: [{ name: 'kind', value: 'event-opinion-outcome' }],
    });
  }
  return recipients.size;
}
