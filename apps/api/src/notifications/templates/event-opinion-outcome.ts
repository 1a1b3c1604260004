import type { EventDecisionOutcome } from '@communa/db';
import type { Language } from '@communa/tenant-config';
import type { RenderedMail } from './layout.ts';
import { renderMail } from './layout.ts';
import type { MailBrand } from './mail-brand.ts';
import { mailFormats } from './mail-formats.ts';

/** How a request the services were consulted on ended: withdrawn by its requester, or decided. */
export type EventOpinionOutcome = 'withdrawn' | EventDecisionOutcome;

export interface EventOpinionOutcomeInput {
  title: string;
  reference: string;
  outcome: EventOpinionOutcome;
  /** The names of the recipient's services whose opinion was asked. */
  services: readonly string[];
  /** Whether one of those opinions was still pending: it is then no longer expected. */
  pending: boolean;
  /** The back-office page of the requests. */
  url: string;
}

interface Texts {
  subject: (withdrawn: boolean, title: string, reference: string) => string;
  heading: (withdrawn: boolean) => string;
  withdrawn: (title: string) => string;
  decided: (title: string, outcome: string) => string;
  outcomes: Record<EventDecisionOutcome, string>;
  asked: (services: string) => string;
  pending: string;
  action: string;
}

/** Kept beside its template: only a withdrawal or a decision writes this message, to staff. */
const texts: Record<Language, Texts> = {
  fr: {
    subject: (withdrawn, title, reference) =>
      `${withdrawn ? 'Demande retirée' : 'Demande décidée'} : ${title} (${reference})`,
    heading: (withdrawn) => (withdrawn ? 'La demande a été retirée' : 'La commune a décidé'),
    withdrawn: (title) => `Le demandeur a retiré sa demande « ${title} ».`,
    decided: (title, outcome) => `La commune a décidé la demande « ${title} » : ${outcome}.`,
    outcomes: {
      approved: 'autorisée',
      'approved-with-conditions': 'autorisée sous conditions',
      refused: 'refusée',
    },
    asked: (services) => `Votre avis avait été demandé pour : ${services}.`,
    pending: 'Votre avis n’est donc plus attendu.',
    action: 'Ouvrir les demandes',
  },
  nl: {
    subject: (withdrawn, title, reference) =>
      `${withdrawn ? 'Aanvraag ingetrokken' : 'Aanvraag beslist'}: ${title} (${reference})`,
    heading: (withdrawn) => (withdrawn ? 'De aanvraag is ingetrokken' : 'De gemeente heeft beslist'),
    withdrawn: (title) => `De aanvrager heeft de aanvraag ‘${title}’ ingetrokken.`,
    decided: (title, outcome) => `De gemeente heeft beslist over de aanvraag ‘${title}’: ${outcome}.`,
    outcomes: {
      approved: 'toegelaten',
      'approved-with-conditions': 'onder voorwaarden toegelaten',
      refused: 'geweigerd',
    },
    asked: (services) => `Uw advies was gevraagd voor: ${services}.`,
    pending: 'Uw advies wordt dus niet meer verwacht.',
    action: 'De aanvragen openen',
  },
  de: {
    subject: (withdrawn, title, reference) =>
      `${withdrawn ? 'Antrag zurückgezogen' : 'Antrag entschieden'}: ${title} (${reference})`,
    heading: (withdrawn) => (withdrawn ? 'Der Antrag wurde zurückgezogen' : 'Die Gemeinde hat entschieden'),
    withdrawn: (title) => `Die antragstellende Person hat den Antrag „${title}“ zurückgezogen.`,
    decided: (title, outcome) => `Die Gemeinde hat über den Antrag „${title}“ entschieden: ${outcome}.`,
    outcomes: {
      approved: 'genehmigt',
      'approved-with-conditions': 'unter Auflagen genehmigt',
      refused: 'abgelehnt',
    },
    asked: (services) => `Ihre Stellungnahme war erbeten für: ${services}.`,
    pending: 'Ihre Stellungnahme wird daher nicht mehr erwartet.',
    action: 'Anträge öffnen',
  },
  en: {
    subject: (withdrawn, title, reference) =>
      `${withdrawn ? 'Request withdrawn' : 'Request decided'}: ${title} (${reference})`,
    heading: (withdrawn) => (withdrawn ? 'The request was withdrawn' : 'The commune has decided'),
    withdrawn: (title) => `The requester withdrew the request “${title}”.`,
    decided: (title, outcome) => `The commune has decided on the request “${title}”: ${outcome}.`,
    outcomes: {
      approved: 'approved',
      'approved-with-conditions': 'approved with conditions',
      refused: 'refused',
    },
    asked: (services) => `Your opinion was asked for: ${services}.`,
    pending: 'Your opinion is therefore no longer expected.',
    action: 'Open the requests',
  },
};

/** To the advisors of the services consulted: the request was withdrawn, or decided. */
export function renderEventOpinionOutcome(brand: MailBrand, input: EventOpinionOutcomeInput): RenderedMail {
  const t = texts[brand.lang];
  const withdrawn = input.outcome === 'withdrawn';
  return renderMail(brand, {
    subject: t.subject(withdrawn, input.title, input.reference),
    blocks: [
      { kind: 'heading', text: t.heading(withdrawn) },
      {
        kind: 'paragraph',
        text:
          input.outcome === 'withdrawn'
            ? t.withdrawn(input.title)
            : t.decided(input.title, t.outcomes[input.outcome]),
      },
      { kind: 'code', text: input.reference },
      { kind: 'paragraph', text: t.asked(mailFormats(brand.lang).list(input.services)) },
      ...(input.pending ? [{ kind: 'paragraph' as const, text: t.pending }] : []),
      { kind: 'action', label: t.action, url: input.url },
    ],
  });
}
