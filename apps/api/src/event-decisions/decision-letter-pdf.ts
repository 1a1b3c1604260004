import type { EventDecisionOutcome } from '@communa/db';
import type { Language } from '@communa/tenant-config';
import PDFDocument from 'pdfkit';
import { mailFormats } from '../notifications/templates/mail-formats.ts';

/** Everything the decision letter shows, already in its language. */
export interface DecisionLetter {
  language: Language;
  commune: { name: string; address: string; contact: string; city: string };
  /** Who receives it: the requester's name and, if asked for one, the association's. */
  addressee: { name: string; association: string | null };
  reference: string;
  event: {
    title: string;
    type: string;
    startsAt: Date;
    endsAt: Date;
    where: string;
    expectedAttendance: number | null;
  };
  outcome: EventDecisionOutcome;
  conditions: string | null;
  motivation: string;
  decidedOn: string;
  /** The commune's own closing, else the software's. */
  closing: string | null;
  signatory: { name: string; title: string } | null;
}

interface Labels {
  dated: (city: string, day: string) => string;
  reference: string;
  subject: (title: string) => string;
  onBehalfOf: (association: string) => string;
  salutation: (name: string) => string;
  intro: (title: string) => string;
  event: string;
  type: string;
  when: string;
  from: (start: string, end: string) => string;
  where: string;
  attendance: string;
  decision: Record<EventDecisionOutcome, string>;
  conditions: string;
  motivation: string;
  closing: string;
}

const LABELS: Record<Language, Labels> = {
  fr: {
    dated: (city, day) => `${city}, le ${day}`,
    reference: 'Référence',
    subject: (title) => `Objet : votre demande d’autorisation pour « ${title} »`,
    onBehalfOf: (association) => `pour ${association}`,
    salutation: (name) => `Madame, Monsieur ${name},`,
    intro: (title) => `Nous avons examiné votre demande d’autorisation pour l’événement « ${title} ».`,
    event: 'L’événement',
    type: 'Type',
    when: 'Dates',
    from: (start, end) => `du ${start} au ${end}`,
    where: 'Lieu',
    attendance: 'Participants attendus',
    decision: {
      approved: 'L’événement est autorisé.',
      'approved-with-conditions': 'L’événement est autorisé aux conditions suivantes.',
      refused: 'L’autorisation est refusée.',
    },
    conditions: 'Conditions',
    motivation: 'Motivation',
    closing: 'Nous vous prions d’agréer nos salutations distinguées.',
  },
  nl: {
    dated: (city, day) => `${city}, ${day}`,
    reference: 'Referentie',
    subject: (title) => `Betreft: uw aanvraag tot toelating voor ‘${title}’`,
    onBehalfOf: (association) => `voor ${association}`,
    salutation: (name) => `Geachte ${name},`,
    intro: (title) => `Wij hebben uw aanvraag tot toelating voor het evenement ‘${title}’ onderzocht.`,
    event: 'Het evenement',
    type: 'Type',
    when: 'Data',
    from: (start, end) => `van ${start} tot ${end}`,
    where: 'Plaats',
    attendance: 'Verwachte deelnemers',
    decision: {
      approved: 'Het evenement is toegelaten.',
      'approved-with-conditions': 'Het evenement is toegelaten onder de volgende voorwaarden.',
      refused: 'De toelating wordt geweigerd.',
    },
    conditions: 'Voorwaarden',
    motivation: 'Motivering',
    closing: 'Met vriendelijke groeten.',
  },
  de: {
    dated: (city, day) => `${city}, den ${day}`,
    reference: 'Referenz',
    subject: (title) => `Betreff: Ihr Genehmigungsantrag für „${title}“`,
    onBehalfOf: (association) => `für ${association}`,
    salutation: (name) => `Sehr geehrte(r) ${name},`,
    intro: (title) => `Wir haben Ihren Genehmigungsantrag für die Veranstaltung „${title}“ geprüft.`,
    event: 'Die Veranstaltung',
    type: 'Art',
    when: 'Daten',
    from: (start, end) => `vom ${start} bis ${end}`,
    where: 'Ort',
    attendance: 'Erwartete Teilnehmer',
    decision: {
      approved: 'Die Veranstaltung ist genehmigt.',
      'approved-with-conditions': 'Die Veranstaltung ist unter den folgenden Auflagen genehmigt.',
      refused: 'Die Genehmigung wird verweigert.',
    },
    conditions: 'Auflagen',
    motivation: 'Begründung',
    closing: 'Mit freundlichen Grüßen.',
  },
  en: {
    dated: (city, day) => `${city}, ${day}`,
    reference: 'Reference',
    subject: (title) => `Subject: your permit request for “${title}”`,
    onBehalfOf: (association) => `for ${association}`,
    salutation: (name) => `Dear ${name},`,
    intro: (title) => `We have reviewed your permit request for the event “${title}”.`,
    event: 'The event',
    type: 'Type',
    when: 'Dates',
    from: (start, end) => `from ${start} to ${end}`,
    where: 'Place',
    attendance: 'Expected attendance',
    decision: {
      approved: 'The event is approved.',
      'approved-with-conditions': 'The event is approved under the following conditions.',
      refused: 'The permit is refused.',
    },
    conditions: 'Conditions',
    motivation: 'Reasons',
    closing: 'Yours faithfully,',
  },
};

const MARGIN = 56;

/** The decision letter as an A4 PDF: the commune's letterhead, the event, the decision, the signature. */
export function decisionLetterPdf(letter: DecisionLetter): Promise<Uint8Array> {
  const t = LABELS[letter.language];
  const format = mailFormats(letter.language);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `${t.subject(letter.event.title)} — ${letter.reference}`, Author: letter.commune.name },
    lang: letter.language,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(16).text(letter.commune.name);
  doc.font('Helvetica').fontSize(9).text(letter.commune.address).text(letter.commune.contact);
  doc.moveDown(2).fontSize(11);
  doc.text(letter.addressee.name, { align: 'right' });
  if (letter.addressee.association) doc.text(t.onBehalfOf(letter.addressee.association), { align: 'right' });
  doc.moveDown().text(t.dated(letter.commune.city, format.day(letter.decidedOn)), { align: 'right' });
  doc.moveDown().text(`${t.reference}: ${letter.reference}`);
  doc.font('Helvetica-Bold').text(t.subject(letter.event.title)).font('Helvetica');
  doc.moveDown().text(t.salutation(letter.addressee.name)).moveDown(0.5);
  doc.text(t.intro(letter.event.title)).moveDown();
  const line = (label: string, value: string) => {
    doc.font('Helvetica-Bold').text(`${label}: `, { continued: true }).font('Helvetica').text(value);
  };
  doc.font('Helvetica-Bold').text(t.event).font('Helvetica');
  line(t.type, letter.event.type);
  line(t.when, t.from(format.instant(letter.event.startsAt), format.instant(letter.event.endsAt)));
  line(t.where, letter.event.where);
  if (letter.event.expectedAttendance !== null) line(t.attendance, String(letter.event.expectedAttendance));
  doc.moveDown().font('Helvetica-Bold').fontSize(12).text(t.decision[letter.outcome]).fontSize(11);
  const section = (heading: string, text: string) => {
    doc.moveDown(0.5).font('Helvetica-Bold').text(heading).font('Helvetica');
    for (const paragraph of text.split(/\n{2,}/)) doc.text(paragraph.trim()).moveDown(0.3);
  };
  if (letter.conditions) section(t.conditions, letter.conditions);
  section(t.motivation, letter.motivation);
  doc
    .moveDown()
    .text(letter.closing ?? t.closing)
    .moveDown(2);
  if (letter.signatory) {
    doc.text(letter.signatory.title, { align: 'right' });
    doc.font('Helvetica-Bold').text(letter.signatory.name, { align: 'right' }).font('Helvetica');
  } else {
    doc.text(letter.commune.name, { align: 'right' });
  }
  doc.end();
  return done;
}
