import type { Language } from '@communa/tenant-config';
import type { EventOpinionMailInput } from './event-opinion-requested.ts';
import type { RenderedMail } from './layout.ts';
import { renderMail } from './layout.ts';
import type { MailBrand } from './mail-brand.ts';
import { mailFormats } from './mail-formats.ts';

interface Texts {
  subject: (overdue: boolean, service: string, title: string, reference: string) => string;
  heading: (overdue: boolean) => string;
  intro: (service: string, title: string) => string;
  due: (overdue: boolean, day: string) => string;
  action: string;
}

/** Kept beside its template: only the daily opinion reminders write this message, to staff. */
const texts: Record<Language, Texts> = {
  fr: {
    subject: (overdue, service, title, reference) =>
      `${overdue ? 'Avis en retard' : 'Rappel : avis attendu'} (${service}) : ${title} (${reference})`,
    heading: (overdue) => (overdue ? 'Votre avis est en retard' : 'Votre avis est attendu bientôt'),
    intro: (service, title) => `Le service « ${service} » n’a pas encore donné son avis sur « ${title} ».`,
    due: (overdue, day) =>
      overdue ? `Il était attendu le ${day}.` : `Il est attendu au plus tard le ${day}.`,
    action: 'Donner l’avis',
  },
  nl: {
    subject: (overdue, service, title, reference) =>
      `${overdue ? 'Advies te laat' : 'Herinnering: advies verwacht'} (${service}): ${title} (${reference})`,
    heading: (overdue) => (overdue ? 'Uw advies is te laat' : 'Uw advies wordt binnenkort verwacht'),
    intro: (service, title) => `De dienst ‘${service}’ heeft nog geen advies gegeven over ‘${title}’.`,
    due: (overdue, day) =>
      overdue ? `Het werd verwacht op ${day}.` : `Het wordt uiterlijk op ${day} verwacht.`,
    action: 'Advies geven',
  },
  de: {
    subject: (overdue, service, title, reference) =>
      `${overdue ? 'Stellungnahme überfällig' : 'Erinnerung: Stellungnahme erwartet'} (${service}): ${title} (${reference})`,
    heading: (overdue) =>
      overdue ? 'Ihre Stellungnahme ist überfällig' : 'Ihre Stellungnahme wird bald erwartet',
    intro: (service, title) =>
      `Der Dienst „${service}“ hat noch keine Stellungnahme zu „${title}“ abgegeben.`,
    due: (overdue, day) => (overdue ? `Sie war am ${day} fällig.` : `Sie ist spätestens am ${day} fällig.`),
    action: 'Stellungnahme abgeben',
  },
  en: {
    subject: (overdue, service, title, reference) =>
      `${overdue ? 'Opinion overdue' : 'Reminder: opinion due'} (${service}): ${title} (${reference})`,
    heading: (overdue) => (overdue ? 'Your opinion is overdue' : 'Your opinion is due soon'),
    intro: (service, title) => `The ${service} has not yet given its opinion on “${title}”.`,
    due: (overdue, day) => (overdue ? `It was due on ${day}.` : `It is due by ${day}.`),
    action: 'Give the opinion',
  },
};

/** To a service's advisors: an opinion still pending is due soon, or overdue. */
export function renderEventOpinionReminder(
  brand: MailBrand,
  input: EventOpinionMailInput & { overdue: boolean },
): RenderedMail {
  const t = texts[brand.lang];
  const format = mailFormats(brand.lang);
  return renderMail(brand, {
    subject: t.subject(input.overdue, input.serviceName, input.title, input.reference),
    blocks: [
      { kind: 'heading', text: t.heading(input.overdue) },
      { kind: 'paragraph', text: t.intro(input.serviceName, input.title) },
      { kind: 'code', text: input.reference },
      { kind: 'paragraph', text: t.due(input.overdue, format.day(input.dueOn)) },
      { kind: 'action', label: t.action, url: input.url },
    ],
  });
}
