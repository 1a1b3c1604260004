import type { Language } from '@communa/tenant-config';
import type { RenderedMail } from './layout.ts';
import { renderMail } from './layout.ts';
import type { MailBrand } from './mail-brand.ts';
import { mailFormats } from './mail-formats.ts';

export interface StageSeatOfferInput {
  stageTitle: string;
  firstDay: string;
  lastDay: string;
  firstName: string;
  reference: string;
  priceCents: number;
  expiresAt: Date;
  /** Where the family answers: the commune's page with the account widget, naming the offer. */
  acceptUrl: string;
  declineUrl: string;
}

interface Texts {
  subject: (stage: string) => string;
  heading: string;
  offer: (child: string, stage: string, from: string, to: string, reference: string, price: string) => string;
  deadline: (at: string) => string;
  accept: string;
  decline: string;
  note: string;
}

/** Kept beside its template: only the stages service writes this message. */
const texts: Record<Language, Texts> = {
  fr: {
    subject: (stage) => `Une place se libère au stage « ${stage} »`,
    heading: 'Une place vous est offerte',
    offer: (child, stage, from, to, reference, price) =>
      `Une place s’est libérée pour ${child} au stage « ${stage} », du ${from} au ${to} (référence ${reference}, ${price}).`,
    deadline: (at) => `Nous la gardons pour vous jusqu’au ${at}.`,
    accept: 'Accepter la place',
    decline: 'Refuser la place',
    note: 'Sans réponse à temps, la place passe à la famille suivante sur la liste d’attente.',
  },
  nl: {
    subject: (stage) => `Er komt een plaats vrij in de stage ‘${stage}’`,
    heading: 'We bieden u een plaats aan',
    offer: (child, stage, from, to, reference, price) =>
      `Er is een plaats vrijgekomen voor ${child} in de stage ‘${stage}’, van ${from} tot ${to} (referentie ${reference}, ${price}).`,
    deadline: (at) => `We houden ze voor u vrij tot ${at}.`,
    accept: 'Plaats aanvaarden',
    decline: 'Plaats weigeren',
    note: 'Zonder tijdig antwoord gaat de plaats naar het volgende gezin op de wachtlijst.',
  },
  de: {
    subject: (stage) => `Ein Platz im Kurs „${stage}“ ist frei geworden`,
    heading: 'Wir bieten Ihnen einen Platz an',
    offer: (child, stage, from, to, reference, price) =>
      `Für ${child} ist ein Platz im Kurs „${stage}“ frei geworden, vom ${from} bis ${to} (Referenz ${reference}, ${price}).`,
    deadline: (at) => `Wir halten ihn für Sie frei bis ${at}.`,
    accept: 'Platz annehmen',
    decline: 'Platz ablehnen',
    note: 'Ohne rechtzeitige Antwort geht der Platz an die nächste Familie auf der Warteliste.',
  },
  en: {
    subject: (stage) => `A seat is free in the stage “${stage}”`,
    heading: 'A seat is offered to you',
    offer: (child, stage, from, to, reference, price) =>
      `A seat has become free for ${child} in the stage “${stage}”, from ${from} to ${to} (reference ${reference}, ${price}).`,
    deadline: (at) => `We hold it for you until ${at}.`,
    accept: 'Accept the seat',
    decline: 'Decline the seat',
    note: 'Without an answer in time, the seat goes to the next family on the waitlist.',
  },
};

/** To the parent of the first child on the waitlist: a freed seat, held until a deadline. */
export function renderStageSeatOffer(brand: MailBrand, input: StageSeatOfferInput): RenderedMail {
  const t = texts[brand.lang];
  const format = mailFormats(brand.lang);
  return renderMail(brand, {
    subject: t.subject(input.stageTitle),
    blocks: [
      { kind: 'heading', text: t.heading },
      {
        kind: 'paragraph',
        text: t.offer(
          input.firstName,
          input.stageTitle,
          format.day(input.firstDay),
          format.day(input.lastDay),
          input.reference,
          format.euros(input.priceCents),
        ),
      },
      { kind: 'paragraph', text: t.deadline(format.instant(input.expiresAt)) },
      { kind: 'action', label: t.accept, url: input.acceptUrl },
      { kind: 'action', label: t.decline, url: input.declineUrl },
      { kind: 'note', text: t.note },
    ],
  });
}
