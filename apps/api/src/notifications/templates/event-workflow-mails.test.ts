import type { Language } from '@communa/tenant-config';
import { LANGUAGES } from '@communa/tenant-config';
import { describe, expect, it } from 'vitest';
import { mailingTenant, THEME } from '../testing/mail-fixtures.ts';
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
  { review: string; decided: string; asked: string; overdue: string; due: string }
> = {
  fr: {
    review: 'en cours d’examen',
    decided: 'autorisé sous conditions',
    asked: 'Un avis vous est demandé',
    overdue: 'en retard',
    due: '20 mai 2027',
  },
  nl: {
    review: 'wordt onderzocht',
    decided: 'onder voorwaarden toegelaten',
    asked: 'Er wordt u een advies gevraagd',
    overdue: 'te laat',
    due: '20 mei 2027',
  },
  de: {
    review: 'wird geprüft',
    decided: 'unter Auflagen genehmigt',
    asked: 'Ihre Stellungnahme wird erbeten',
    overdue: 'überfällig',
    due: '20. Mai 2027',
  },
  en: {
    review: 'being reviewed',
    decided: 'approved with conditions',
    asked: 'Your opinion is requested',
    overdue: 'overdue',
    due: '20 May 2027',
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
  });
});
