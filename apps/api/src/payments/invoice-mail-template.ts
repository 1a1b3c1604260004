import { formatStructuredCommunication } from '@communa/forms';
import type { Language } from '@communa/tenant-config';
import type { MailBlock, RenderedMail } from '../notifications/templates/layout.ts';
import { renderMail } from '../notifications/templates/layout.ts';
import type { MailBrand } from '../notifications/templates/mail-brand.ts';
import { mailFormats } from '../notifications/templates/mail-formats.ts';

export type InvoiceMailKind = 'issued' | 'reminder' | 'released';

export interface InvoiceMailInput {
  kind: InvoiceMailKind;
  stageTitle: string;
  firstName: string;
  reference: string;
  amountCents: number;
  /** The day to pay by: the due day, or the end of the grace period in a reminder. */
  payBy: string;
  /** The 12 digits. */
  structuredCommunication: string;
  bank: { iban: string; bic: string; holder: string };
}

interface Texts {
  subject: Record<InvoiceMailKind, (stage: string) => string>;
  heading: Record<InvoiceMailKind, string>;
  intro: Record<InvoiceMailKind, (child: string, stage: string, reference: string) => string>;
  pay: (amount: string, day: string) => string;
  transfer: (iban: string, bic: string, holder: string) => string;
  communication: string;
  qr: string;
  released: string;
}

/** Kept beside its template: only the payments of stages write this message. */
const texts: Record<Language, Texts> = {
  fr: {
    subject: {
      issued: (stage) => `Paiement du stage « ${stage} »`,
      reminder: (stage) => `Rappel : paiement du stage « ${stage} »`,
      released: (stage) => `Place libérée au stage « ${stage} » faute de paiement`,
    },
    heading: { issued: 'Votre facture', reminder: 'Rappel de paiement', released: 'Place libérée' },
    intro: {
      issued: (child, stage, ref) =>
        `La place de ${child} au stage « ${stage} » (référence ${ref}) est confirmée.`,
      reminder: (child, stage, ref) =>
        `Nous n’avons pas encore reçu le paiement de la place de ${child} au stage « ${stage} » (référence ${ref}).`,
      released: (child, stage, ref) =>
        `Le paiement de la place de ${child} au stage « ${stage} » (référence ${ref}) ne nous est pas parvenu à temps : la place a été libérée.`,
    },
    pay: (amount, day) => `Merci de virer ${amount} au plus tard le ${day}.`,
    transfer: (iban, bic, holder) =>
      `Compte ${iban} (BIC ${bic}) au nom de ${holder}, avec la communication structurée :`,
    communication: 'Communication structurée',
    qr: 'Le code QR joint remplit le virement dans votre application bancaire.',
    released: 'Si vous avez payé entre-temps, contactez la commune : le montant vous sera remboursé.',
  },
  nl: {
    subject: {
      issued: (stage) => `Betaling van de stage ‘${stage}’`,
      reminder: (stage) => `Herinnering: betaling van de stage ‘${stage}’`,
      released: (stage) => `Plaats in de stage ‘${stage}’ vrijgegeven wegens niet-betaling`,
    },
    heading: { issued: 'Uw factuur', reminder: 'Betalingsherinnering', released: 'Plaats vrijgegeven' },
    intro: {
      issued: (child, stage, ref) =>
        `De plaats van ${child} in de stage ‘${stage}’ (referentie ${ref}) is bevestigd.`,
      reminder: (child, stage, ref) =>
        `We hebben de betaling voor de plaats van ${child} in de stage ‘${stage}’ (referentie ${ref}) nog niet ontvangen.`,
      released: (child, stage, ref) =>
        `De betaling voor de plaats van ${child} in de stage ‘${stage}’ (referentie ${ref}) kwam niet op tijd: de plaats is vrijgegeven.`,
    },
    pay: (amount, day) => `Gelieve ${amount} over te schrijven uiterlijk op ${day}.`,
    transfer: (iban, bic, holder) =>
      `Rekening ${iban} (BIC ${bic}) op naam van ${holder}, met de gestructureerde mededeling:`,
    communication: 'Gestructureerde mededeling',
    qr: 'De bijgevoegde QR-code vult de overschrijving in uw bankapp in.',
    released: 'Hebt u intussen betaald, neem dan contact op met de gemeente: het bedrag wordt terugbetaald.',
  },
  de: {
    subject: {
      issued: (stage) => `Zahlung für den Kurs „${stage}“`,
      reminder: (stage) => `Erinnerung: Zahlung für den Kurs „${stage}“`,
      released: (stage) => `Platz im Kurs „${stage}“ wegen fehlender Zahlung freigegeben`,
    },
    heading: { issued: 'Ihre Rechnung', reminder: 'Zahlungserinnerung', released: 'Platz freigegeben' },
    intro: {
      issued: (child, stage, ref) =>
        `Der Platz von ${child} im Kurs „${stage}“ (Referenz ${ref}) ist bestätigt.`,
      reminder: (child, stage, ref) =>
        `Wir haben die Zahlung für den Platz von ${child} im Kurs „${stage}“ (Referenz ${ref}) noch nicht erhalten.`,
      released: (child, stage, ref) =>
        `Die Zahlung für den Platz von ${child} im Kurs „${stage}“ (Referenz ${ref}) kam nicht rechtzeitig: Der Platz wurde freigegeben.`,
    },
    pay: (amount, day) => `Bitte überweisen Sie ${amount} spätestens am ${day}.`,
    transfer: (iban, bic, holder) =>
      `Konto ${iban} (BIC ${bic}) auf den Namen ${holder}, mit der strukturierten Mitteilung:`,
    communication: 'Strukturierte Mitteilung',
    qr: 'Der beigefügte QR-Code füllt die Überweisung in Ihrer Banking-App aus.',
    released:
      'Falls Sie inzwischen bezahlt haben, wenden Sie sich an die Gemeinde: Der Betrag wird erstattet.',
  },
  en: {
    subject: {
      issued: (stage) => `Payment for the stage “${stage}”`,
      reminder: (stage) => `Reminder: payment for the stage “${stage}”`,
      released: (stage) => `Seat in the stage “${stage}” released for want of payment`,
    },
    heading: { issued: 'Your invoice', reminder: 'Payment reminder', released: 'Seat released' },
    intro: {
      issued: (child, stage, ref) =>
        `The seat of ${child} in the stage “${stage}” (reference ${ref}) is confirmed.`,
      reminder: (child, stage, ref) =>
        `We have not received the payment for the seat of ${child} in the stage “${stage}” (reference ${ref}) yet.`,
      released: (child, stage, ref) =>
        `The payment for the seat of ${child} in the stage “${stage}” (reference ${ref}) did not arrive in time: the seat has been released.`,
    },
    pay: (amount, day) => `Please transfer ${amount} by ${day} at the latest.`,
    transfer: (iban, bic, holder) =>
      `Account ${iban} (BIC ${bic}) in the name of ${holder}, with the structured communication:`,
    communication: 'Structured communication',
    qr: 'The attached QR code fills in the transfer in your banking app.',
    released: 'If you have paid in the meantime, contact the commune: the amount will be refunded.',
  },
};

/** Groups of four, as IBANs are printed. */
const printedIban = (iban: string) => iban.replace(/(.{4})(?=.)/g, '$1 ');

/** What a family is asked to pay for a confirmed seat, reminded of, or told when the seat is released. */
export function renderInvoiceMail(brand: MailBrand, input: InvoiceMailInput): RenderedMail {
  const t = texts[brand.lang];
  const format = mailFormats(brand.lang);
  const amount = format.euros(input.amountCents);
  const day = format.day(input.payBy);
  const intro = t.intro[input.kind](input.firstName, input.stageTitle, input.reference);
  const blocks: MailBlock[] =
    input.kind === 'released'
      ? [
          { kind: 'heading', text: t.heading.released },
          { kind: 'paragraph', text: intro },
          { kind: 'note', text: t.released },
        ]
      : [
          { kind: 'heading', text: t.heading[input.kind] },
          { kind: 'paragraph', text: intro },
          { kind: 'paragraph', text: t.pay(amount, day) },
          {
            kind: 'paragraph',
            text: t.transfer(printedIban(input.bank.iban), input.bank.bic, input.bank.holder),
          },
          { kind: 'code', text: formatStructuredCommunication(input.structuredCommunication) },
          { kind: 'note', text: t.qr },
        ];
  return renderMail(brand, { subject: t.subject[input.kind](input.stageTitle), blocks });
}
