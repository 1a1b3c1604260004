import type { EventDecisionOutcome } from '@communa/db';
import type { Language } from '@communa/tenant-config';
import type { RenderedMail } from './layout.ts';
import { paragraphBlocks, renderMail } from './layout.ts';
import type { MailBrand } from './mail-brand.ts';

export interface EventRequestDecidedInput {
  title: string;
  reference: string;
  outcome: EventDecisionOutcome;
  conditions: string | null;
  motivation: string;
  followUrl: string;
}

interface Texts {
  subject: (title: string, reference: string) => string;
  heading: Record<EventDecisionOutcome, string>;
  intro: (title: string) => string;
  conditions: string;
  motivation: string;
  letter: string;
  action: string;
}

/** Kept beside its template: only the event decision writes this message. */
const texts: Record<Language, Texts> = {
  fr: {
    subject: (title, reference) => `${title} : décision de la commune (${reference})`,
    heading: {
      approved: 'Votre événement est autorisé',
      'approved-with-conditions': 'Votre événement est autorisé sous conditions',
      refused: 'Votre demande est refusée',
    },
    intro: (title) => `La commune a pris sa décision sur votre demande « ${title} ».`,
    conditions: 'Conditions à respecter :',
    motivation: 'Motivation :',
    letter: 'La lettre de décision (PDF) est à télécharger avec votre demande.',
    action: 'Voir la décision',
  },
  nl: {
    subject: (title, reference) => `${title}: beslissing van de gemeente (${reference})`,
    heading: {
      approved: 'Uw evenement is toegelaten',
      'approved-with-conditions': 'Uw evenement is onder voorwaarden toegelaten',
      refused: 'Uw aanvraag is geweigerd',
    },
    intro: (title) => `De gemeente heeft beslist over uw aanvraag ‘${title}’.`,
    conditions: 'Na te leven voorwaarden:',
    motivation: 'Motivering:',
    letter: 'De beslissingsbrief (pdf) kunt u bij uw aanvraag downloaden.',
    action: 'De beslissing bekijken',
  },
  de: {
    subject: (title, reference) => `${title}: Entscheidung der Gemeinde (${reference})`,
    heading: {
      approved: 'Ihre Veranstaltung ist genehmigt',
      'approved-with-conditions': 'Ihre Veranstaltung ist unter Auflagen genehmigt',
      refused: 'Ihr Antrag ist abgelehnt',
    },
    intro: (title) => `Die Gemeinde hat über Ihren Antrag „${title}“ entschieden.`,
    conditions: 'Einzuhaltende Auflagen:',
    motivation: 'Begründung:',
    letter: 'Das Entscheidungsschreiben (PDF) können Sie bei Ihrem Antrag herunterladen.',
    action: 'Entscheidung ansehen',
  },
  en: {
    subject: (title, reference) => `${title}: the commune’s decision (${reference})`,
    heading: {
      approved: 'Your event is approved',
      'approved-with-conditions': 'Your event is approved with conditions',
      refused: 'Your request is refused',
    },
    intro: (title) => `The commune has decided on your request “${title}”.`,
    conditions: 'Conditions to meet:',
    motivation: 'Reasons:',
    letter: 'Download the decision letter (PDF) from your request.',
    action: 'See the decision',
  },
};

/** To the requester: the commune's decision, its conditions and motivation, and where the letter is. */
export function renderEventRequestDecided(brand: MailBrand, input: EventRequestDecidedInput): RenderedMail {
  const t = texts[brand.lang];
  return renderMail(brand, {
    subject: t.subject(input.title, input.reference),
    blocks: [
      { kind: 'heading', text: t.heading[input.outcome] },
      { kind: 'paragraph', text: t.intro(input.title) },
      { kind: 'code', text: input.reference },
      ...(input.conditions
        ? [{ kind: 'paragraph' as const, text: t.conditions }, ...paragraphBlocks(input.conditions)]
        : []),
      { kind: 'paragraph', text: t.motivation },
      ...paragraphBlocks(input.motivation),
      { kind: 'note', text: t.letter },
      { kind: 'action', label: t.action, url: input.followUrl },
    ],
  });
}
