import type { Language } from '@communa/tenant-config';
import type { RenderedMail } from './layout.ts';
import { renderMail } from './layout.ts';
import type { MailBrand } from './mail-brand.ts';
import { mailFormats } from './mail-formats.ts';

export type EnrolledChild =
  | { firstName: string; status: 'confirmed'; reference: string; priceCents: number }
  | { firstName: string; status: 'waitlisted'; reference: string; position: number };

export interface StageEnrolmentConfirmationInput {
  stageTitle: string;
  firstDay: string;
  lastDay: string;
  hours: { from: string; to: string };
  children: readonly EnrolledChild[];
  /** The commune's website, where the family follows its enrolments. */
  websiteUrl: string;
}

interface Texts {
  subject: (stage: string) => string;
  heading: string;
  when: (from: string, to: string, hours: string) => string;
  confirmed: (child: string, reference: string, price: string) => string;
  waitlisted: (child: string, reference: string, position: number) => string;
  waitlistNote: string;
  action: string;
}

/** Kept beside its template: only the stages service writes this message. */
const texts: Record<Language, Texts> = {
  fr: {
    subject: (stage) => `Inscription au stage « ${stage} »`,
    heading: 'Votre demande d’inscription est enregistrée',
    when: (from, to, hours) => `Du ${from} au ${to}, de ${hours}.`,
    confirmed: (child, reference, price) =>
      `${child} : inscription confirmée (référence ${reference}, ${price}).`,
    waitlisted: (child, reference, position) =>
      `${child} : sur la liste d’attente, en position ${position} (référence ${reference}).`,
    waitlistNote:
      'Si une place se libère, nous vous l’offrirons par e-mail, dans l’ordre de la liste d’attente.',
    action: 'Voir mes inscriptions',
  },
  nl: {
    subject: (stage) => `Inschrijving voor de stage ‘${stage}’`,
    heading: 'Uw inschrijving is geregistreerd',
    when: (from, to, hours) => `Van ${from} tot ${to}, ${hours}.`,
    confirmed: (child, reference, price) =>
      `${child}: inschrijving bevestigd (referentie ${reference}, ${price}).`,
    waitlisted: (child, reference, position) =>
      `${child}: op de wachtlijst, op plaats ${position} (referentie ${reference}).`,
    waitlistNote:
      'Komt er een plaats vrij, dan bieden we die per e-mail aan, in de volgorde van de wachtlijst.',
    action: 'Mijn inschrijvingen bekijken',
  },
  de: {
    subject: (stage) => `Anmeldung zum Kurs „${stage}“`,
    heading: 'Ihre Anmeldung ist eingegangen',
    when: (from, to, hours) => `Vom ${from} bis ${to}, ${hours}.`,
    confirmed: (child, reference, price) =>
      `${child}: Anmeldung bestätigt (Referenz ${reference}, ${price}).`,
    waitlisted: (child, reference, position) =>
      `${child}: auf der Warteliste, Platz ${position} (Referenz ${reference}).`,
    waitlistNote: 'Wird ein Platz frei, bieten wir ihn per E-Mail an, in der Reihenfolge der Warteliste.',
    action: 'Meine Anmeldungen ansehen',
  },
  en: {
    subject: (stage) => `Enrolment in the stage “${stage}”`,
    heading: 'Your enrolment request is recorded',
    when: (from, to, hours) => `From ${from} to ${to}, ${hours}.`,
    confirmed: (child, reference, price) =>
      `${child}: enrolment confirmed (reference ${reference}, ${price}).`,
    waitlisted: (child, reference, position) =>
      `${child}: on the waitlist, position ${position} (reference ${reference}).`,
    waitlistNote: 'Should a seat become free, we will offer it by e-mail, in waitlist order.',
    action: 'See my enrolments',
  },
};

/** To the parent who enrolled: each child's outcome with its reference. */
export function renderStageEnrolmentConfirmation(
  brand: MailBrand,
  input: StageEnrolmentConfirmationInput,
): RenderedMail {
  const t = texts[brand.lang];
  const format = mailFormats(brand.lang);
  const lines = input.children.map((child) =>
    child.status === 'confirmed'
      ? t.confirmed(child.firstName, child.reference, format.euros(child.priceCents))
      : t.waitlisted(child.firstName, child.reference, child.position),
  );
  const anyWaitlisted = input.children.some((child) => child.status === 'waitlisted');
  return renderMail(brand, {
    subject: t.subject(input.stageTitle),
    blocks: [
      { kind: 'heading', text: t.heading },
      {
        kind: 'paragraph',
        text: `${input.stageTitle}. ${t.when(
          format.day(input.firstDay),
          format.day(input.lastDay),
          `${format.clock(input.hours.from)}–${format.clock(input.hours.to)}`,
        )}`,
      },
      ...lines.map((text) => ({ kind: 'paragraph' as const, text })),
      ...(anyWaitlisted ? [{ kind: 'note' as const, text: t.waitlistNote }] : []),
      { kind: 'action', label: t.action, url: input.websiteUrl },
    ],
  });
}
