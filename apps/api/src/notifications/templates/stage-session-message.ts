import type { Language } from '@communa/tenant-config';
import type { RenderedMail } from './layout.ts';
import { paragraphBlocks, renderMail } from './layout.ts';
import type { MailBrand } from './mail-brand.ts';
import { mailFormats } from './mail-formats.ts';

export interface StageSessionMessageInput {
  stageTitle: string;
  firstDay: string;
  lastDay: string;
  /** Written by the commune's staff, in their words: sent as it is, paragraph by paragraph. */
  subject: string;
  text: string;
}

interface Texts {
  subject: (stage: string, subject: string) => string;
  intro: (commune: string, stage: string, from: string, to: string) => string;
  note: string;
}

/** Kept beside its template: only the stages service writes this message. */
const texts: Record<Language, Texts> = {
  fr: {
    subject: (stage, subject) => `${stage} : ${subject}`,
    intro: (commune, stage, from, to) =>
      `Message de ${commune} aux familles du stage « ${stage} » (du ${from} au ${to}) :`,
    note: 'Vous recevez ce message parce qu’un enfant de votre ménage est inscrit à ce stage ou sur sa liste d’attente.',
  },
  nl: {
    subject: (stage, subject) => `${stage}: ${subject}`,
    intro: (commune, stage, from, to) =>
      `Bericht van ${commune} aan de gezinnen van de stage ‘${stage}’ (van ${from} tot ${to}):`,
    note: 'U ontvangt dit bericht omdat een kind van uw gezin ingeschreven is voor deze stage of op de wachtlijst staat.',
  },
  de: {
    subject: (stage, subject) => `${stage}: ${subject}`,
    intro: (commune, stage, from, to) =>
      `Nachricht von ${commune} an die Familien des Kurses „${stage}“ (vom ${from} bis ${to}):`,
    note: 'Sie erhalten diese Nachricht, weil ein Kind Ihres Haushalts für diesen Kurs angemeldet ist oder auf der Warteliste steht.',
  },
  en: {
    subject: (stage, subject) => `${stage}: ${subject}`,
    intro: (commune, stage, from, to) =>
      `A message from ${commune} to the families of the stage “${stage}” (from ${from} to ${to}):`,
    note: 'You receive this message because a child of your household is enrolled in this stage or on its waitlist.',
  },
};

/** Staff's message to the families of one session, framed in the family's language. */
export function renderStageSessionMessage(brand: MailBrand, input: StageSessionMessageInput): RenderedMail {
  const t = texts[brand.lang];
  const format = mailFormats(brand.lang);
  return renderMail(brand, {
    subject: t.subject(input.stageTitle, input.subject),
    blocks: [
      { kind: 'heading', text: input.subject },
      {
        kind: 'paragraph',
        text: t.intro(
          brand.communeName,
          input.stageTitle,
          format.day(input.firstDay),
          format.day(input.lastDay),
        ),
      },
      ...paragraphBlocks(input.text),
      { kind: 'note', text: t.note },
    ],
  });
}
