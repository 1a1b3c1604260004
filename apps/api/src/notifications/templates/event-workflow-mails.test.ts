import type { Language } from '@communa/tenant-config';
import { LANGUAGES } from '@communa/tenant-config';
import { describe, expect, it } from 'vitest';
import { mailingTenant, THEME } from '../testing/mail-fixtures.ts';
import { renderEventOpinionOutcome } from './event-opinion-outcome.ts';
import { renderEventOpinionReminder } from './event-opinion-reminder.ts';
import { renderEventOpinionRequested } from './event-opinion-requested.ts';
import { renderEventRequestDecided } from './event-request-decided.ts';
import { renderEventRequestUnderReview } from './event-request-under-review.ts';
import { mailBrand } from './mail-brand.ts';

const tenant = { ...mailingTenant(), theme: THEME };
const brand = (lang: Language) => mailBrand(tenant, lang);
const request = { title: 'Fête <rue>', reference: 'LIE-2027-4F7K2' };
const opinion = {
  ...request,
  serviceName: 'Zone de police',
  dueOn: '2027-05-20',
  startsAt: new Date('2027-06-12T12:00:00Z'),
  question: 'Faut-il fermer la rue ?',
  url: 'https://api.example.be/admin/liege/event-requests',
};

const EXPECTED: Record<
  Language,
  {
    review: string;
    decided: string;
    asked: string;
    overdue: string;
    due: string;
    withdrawn: string;
    services: string;
    refused: string;
  }
> = {
  fr: {
    review: 'en cours d’examen',
    decided: 'autorisé sous conditions',
    asked: 'Un avis vous est demandé',
    overdue: 'en retard',
    due: '20 mai 2027',
    withdrawn: 'Demande retirée',
    services: 'Zone de police et Service Mobilité',
    refused: 'refusée',
  },
  nl: {
    review: 'wordt onderzocht',
    decided: 'onder voorwaarden toegelaten',
    asked: 'Er wordt u een advies gevraagd',
    overdue: 'te laat',
    due: '20 mei 2027',
    withdrawn: 'Aanvraag ingetrokken',
    services: 'Zone de police en Service Mobilité',
    refused: 'geweigerd',
  },
  de: {
    review: 'wird geprüft',
    decided: 'unter Auflagen genehmigt',
    asked: 'Ihre Stellungnahme wird erbeten',
    overdue: 'überfällig',
    due: '20. Mai 2027',
    withdrawn: 'Antrag zurückgezogen',
    services: 'Zone de police und Service Mobilité',
    refused: 'abgelehnt',
  },
  en: {
    review: 'being reviewed',
    decided: 'approved with conditions',
    asked: 'Your opinion is requested',
    overdue: 'overdue',
    due: '20 May 2027',
    withdrawn: 'Request withdrawn',
    services: 'Zone de police and Service Mobilité',
    refused: 'refused',
  },
};

describe('event workflow e-mails', () => {
  it.each(LANGUAGES)('tell the requester and the services each step in %s', (lang) => {
    const expected = EXPECTED[lang];
    const review = renderEventRequestUnderReview(brand(lang), {
      ...request,
      followUrl: 'https://www.liege.be/x',
    });
    expect(review.subject).toContain(expected.review);
    expect(review.html).toContain('Fête &lt;rue&gt;');

    const decided = renderEventRequestDecided(brand(lang), {
      ...request,
      outcome: 'approved-with-conditions',
      conditions: 'Police: barrières.\n\nPompiers: extincteur.',
      motivation: 'Avis favorables.',
      followUrl: 'https://www.liege.be/x',
    });
    expect(decided.lang).toBe(lang);
    expect(decided.html).toContain(expected.decided);
    for (const part of ['LIE-2027-4F7K2', 'Police: barrières.', 'Pompiers: extincteur.', 'Avis favorables.'])
      expect(decided.text).toContain(part);

    const asked = renderEventOpinionRequested(brand(lang), opinion);
    expect(asked.html).toContain(expected.asked);
    for (const part of [expected.due, 'Zone de police', 'Faut-il fermer la rue ?', opinion.url])
      expect(asked.text).toContain(part);

    const overdue = renderEventOpinionReminder(brand(lang), { ...opinion, overdue: true });
    expect(overdue.subject).toContain(expected.overdue);
    expect(overdue.text).toContain(expected.due);
    expect(renderEventOpinionReminder(brand(lang), { ...opinion, overdue: false }).subject).not.toContain(
      expected.overdue,
    );

    const outcome = { ...request, services: ['Zone de police', 'Service Mobilité'], url: opinion.url };
    const withdrawn = renderEventOpinionOutcome(brand(lang), {
      ...outcome,
      outcome: 'withdrawn',
      pending: true,
    });
    expect(withdrawn.subject).toBe(
      `${expected.withdrawn}${lang === 'fr' ? ' :' : ':'} Fête <rue> (LIE-2027-4F7K2)`,
    );
    for (const part of [expected.services, opinion.url]) expect(withdrawn.text).toContain(part);
    const refused = renderEventOpinionOutcome(brand(lang), {
      ...outcome,
      outcome: 'refused',
      pending: false,
    });
    expect(refused.text).toContain(`${expected.refused}.`);
    expect(refused.text.split('\n').length).toBeLessThan(withdrawn.text.split('\n').length);
  });
});
