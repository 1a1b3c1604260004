import type { Language } from '@communa/tenant-config';
import type { RenderedMail } from './layout.ts';
import { paragraphBlocks, renderMail } from './layout.ts';
import type { MailBrand } from './mail-brand.ts';
import { mailFormats } from './mail-formats.ts';

export interface EventOpinionMailInput {
  title: string;
  reference: string;
  serviceName: string;
  /** The day the opinion is due (YYYY-MM-DD). */
  dueOn: string;
  /** When the event starts. */
  startsAt: Date;
  question: string | null;
  /** The back-office page of the request. */
  url: string;
}

interface Texts {
  subject: (service: string, title: string, reference: string) => string;
  heading: string;
  intro: (service: string, title: string, starts: string) => string;
  due: (day: string) => string;
  question: string;
  action: string;
}

/** Kept beside its template: only the event review writes this message, to staff. */
const texts: Record<Language, Texts> = {
  fr: {
    subject: (service, title, reference) => `Avis demandé (${service}) : ${title} (${reference})`,
    heading: 'Un avis vous est demandé',
    intro: (service, title, starts) =>
      `La commune demande l’avis du service « ${service} » sur l’événement « ${title} », qui commence le ${starts}.`,
    due: (day) => `Merci de donner votre avis au plus tard le ${day}.`,
    question: 'Question du gestionnaire :',
    action: 'Ouvrir la demande',
  },
  nl: {
    subject: (service, title, reference) => `Advies gevraagd (${service}): ${title} (${reference})`,
    heading: 'Er wordt u een advies gevraagd',
    intro: (service, title, starts) =>
      `De gemeente vraagt het advies van de dienst ‘${service}’ over het evenement ‘${title}’, dat begint op ${starts}.`,
    due: (day) => `Geef uw advies uiterlijk op ${day}.`,
    question: 'Vraag van de behandelaar:',
    action: 'De aanvraag openen',
  },
  de: {
    subject: (service, title, reference) => `Stellungnahme erbeten (${service}): ${title} (${reference})`,
    heading: 'Ihre Stellungnahme wird erbeten',
    intro: (service, title, starts) =>
      `Die Gemeinde bittet den Dienst „${service}“ um eine Stellungnahme zur Veranstaltung „${title}“, die am ${starts} beginnt.`,
    due: (day) => `Bitte geben Sie Ihre Stellungnahme spätestens am ${day} ab.`,
    question: 'Frage der Sachbearbeitung:',
    action: 'Antrag öffnen',
  },
  en: {
    subject: (service, title, reference) => `Opinion requested (${service}): ${title} (${reference})`,
    heading: 'Your opinion is requested',
    intro: (service, title, starts) =>
      `The commune asks the ${service} for its opinion on the event “${title}”, starting on ${starts}.`,
    due: (day) => `Please give your opinion by ${day}.`,
    question: 'The reviewer’s question:',
    action: 'Open the request',
  },
};

/** To a service's advisors: an opinion is asked of their service, due on a day. */
export function renderEventOpinionRequested(brand: MailBrand, input: EventOpinionMailInput): RenderedMail {
  const t = texts[brand.lang];
  const format = mailFormats(brand.lang);
  return renderMail(brand, {
    subject: t.subject(input.serviceName, input.title, input.reference),
    blocks: [
      { kind: 'heading', text: t.heading },
      { kind: 'paragraph', text: t.intro(input.serviceName, input.title, format.instant(input.startsAt)) },
      { kind: 'code', text: input.reference },
      { kind: 'paragraph', text: t.due(format.day(input.dueOn)) },
      ...(input.question
        ? [{ kind: 'paragraph' as const, text: t.question }, ...paragraphBlocks(input.question)]
        : []),
      { kind: 'action', label: t.action, url: input.url },
    ],
  });
}
