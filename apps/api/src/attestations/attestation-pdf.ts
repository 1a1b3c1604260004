import type { Language } from '@communa/tenant-config';
import PDFDocument from 'pdfkit';
import { mailFormats } from '../notifications/templates/mail-formats.ts';
import type { ChildcareAttestation } from './attestation-rules.ts';

/** Everything the printed attestation shows. */
export interface AttestationDocument {
  language: Language;
  commune: { name: string; address: string; signatory: string; dailyCapCents: number };
  child: { firstName: string; lastName: string; birthDate: string; niss: string | null };
  debtor: { names: string; address: string };
  attestation: ChildcareAttestation;
  issuedOn: string;
}

interface Labels {
  title: string;
  year: (year: number) => string;
  provider: string;
  child: string;
  born: (day: string) => string;
  niss: string;
  debtor: string;
  periods: string;
  columns: readonly [string, string, string, string, string, string];
  total: string;
  cap: (cap: string, deductible: string) => string;
  under14: string;
  certified: (day: string) => string;
}

const LABELS: Record<Language, Labels> = {
  fr: {
    title: 'Attestation de frais de garde d’enfants — modèle 281.86',
    year: (year) => `Revenus de l’année ${year}`,
    provider: 'Organisme de garde',
    child: 'Enfant',
    born: (day) => `né·e le ${day}`,
    niss: 'Numéro de registre national',
    debtor: 'Débiteur des frais',
    periods: 'Périodes de garde',
    columns: ['Stage', 'Du', 'Au', 'Jours', 'Tarif journalier', 'Montant payé'],
    total: 'Total',
    cap: (cap, deductible) =>
      `Montant journalier maximal déductible : ${cap}. Montant à prendre en compte : ${deductible}.`,
    under14: 'Jours de présence de l’enfant avant ses 14 ans, payés à la commune.',
    certified: (day) => `Certifié sincère et exact, le ${day}.`,
  },
  nl: {
    title: 'Attest kinderoppas — model 281.86',
    year: (year) => `Inkomsten van het jaar ${year}`,
    provider: 'Opvangorganisatie',
    child: 'Kind',
    born: (day) => `geboren op ${day}`,
    niss: 'Rijksregisternummer',
    debtor: 'Schuldenaar van de kosten',
    periods: 'Opvangperiodes',
    columns: ['Stage', 'Van', 'Tot', 'Dagen', 'Dagtarief', 'Betaald bedrag'],
    total: 'Totaal',
    cap: (cap, deductible) =>
      `Maximaal aftrekbaar bedrag per dag: ${cap}. In aanmerking te nemen bedrag: ${deductible}.`,
    under14: 'Aanwezigheidsdagen van het kind voor zijn 14de verjaardag, betaald aan de gemeente.',
    certified: (day) => `Echt en waar verklaard op ${day}.`,
  },
  de: {
    title: 'Bescheinigung über Kinderbetreuungskosten — Formular 281.86',
    year: (year) => `Einkünfte des Jahres ${year}`,
    provider: 'Betreuungseinrichtung',
    child: 'Kind',
    born: (day) => `geboren am ${day}`,
    niss: 'Nationalregisternummer',
    debtor: 'Schuldner der Kosten',
    periods: 'Betreuungszeiträume',
    columns: ['Kurs', 'Vom', 'Bis', 'Tage', 'Tagessatz', 'Gezahlter Betrag'],
    total: 'Gesamt',
    cap: (cap, deductible) => `Höchstbetrag pro Tag: ${cap}. Zu berücksichtigender Betrag: ${deductible}.`,
    under14: 'Anwesenheitstage des Kindes vor seinem 14. Geburtstag, an die Gemeinde bezahlt.',
    certified: (day) => `Für richtig und vollständig bescheinigt am ${day}.`,
  },
  en: {
    title: 'Childcare expenses attestation — form 281.86',
    year: (year) => `Income year ${year}`,
    provider: 'Childcare provider',
    child: 'Child',
    born: (day) => `born on ${day}`,
    niss: 'National register number',
    debtor: 'Who paid',
    periods: 'Periods of care',
    columns: ['Stage', 'From', 'To', 'Days', 'Daily rate', 'Amount paid'],
    total: 'Total',
    cap: (cap, deductible) =>
      `Maximum deductible per day: ${cap}. Amount to take into account: ${deductible}.`,
    under14: 'Days the child attended before turning 14, paid to the commune.',
    certified: (day) => `Certified true and correct on ${day}.`,
  },
};

const MARGIN = 48;
const WIDTHS = [170, 70, 70, 40, 70, 80] as const;

/** The attestation as an A4 PDF, in the document's language. */
export function attestationPdf(document: AttestationDocument): Promise<Uint8Array> {
  const t = LABELS[document.language];
  const format = mailFormats(document.language);
  const { attestation, child } = document;
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: {
      Title: `${t.title} — ${child.firstName} ${child.lastName} ${attestation.year}`,
      Author: document.commune.name,
    },
    lang: document.language,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(15).text(t.title);
  doc.font('Helvetica').fontSize(11).text(t.year(attestation.year)).moveDown();
  const block = (heading: string, lines: readonly string[]) => {
    doc.font('Helvetica-Bold').fontSize(10).text(heading);
    doc.font('Helvetica').fontSize(10);
    for (const line of lines) doc.text(line);
    doc.moveDown(0.6);
  };
  block(t.provider, [document.commune.name, document.commune.address]);
  block(t.child, [
    `${child.lastName} ${child.firstName}, ${t.born(format.day(child.birthDate))}`,
    ...(child.niss ? [`${t.niss}: ${child.niss}`] : []),
  ]);
  block(t.debtor, [document.debtor.names, document.debtor.address]);
  doc.font('Helvetica-Bold').fontSize(10).text(t.periods).moveDown(0.3);
  const row = (cells: readonly string[], bold = false) => {
    const y = doc.y;
    let x = MARGIN;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    let height = 0;
    cells.forEach((cell, index) => {
      const width = WIDTHS[index] ?? 60;
      doc.text(cell, x, y, { width: width - 6 });
      height = Math.max(height, doc.y - y);
      x += width;
    });
    doc.x = MARGIN;
    doc.y = y + height + 4;
  };
  row(t.columns, true);
  for (const period of attestation.periods) {
    row([
      `${period.stageTitle} (${period.reference})`,
      format.day(period.from),
      format.day(period.to),
      String(period.days),
      format.euros(period.dailyCents),
      format.euros(period.paidCents),
    ]);
  }
  row([t.total, '', '', String(attestation.days), '', format.euros(attestation.paidCents)], true);
  doc.moveDown(0.6).font('Helvetica').fontSize(9).text(t.under14, MARGIN);
  doc.text(t.cap(format.euros(document.commune.dailyCapCents), format.euros(attestation.deductibleCents)));
  doc
    .moveDown()
    .fontSize(10)
    .text(t.certified(format.day(document.issuedOn)));
  doc.text(document.commune.signatory);
  doc.end();
  return done;
}
