import { createStructuredCommunication } from '@communa/forms';

/** How long families have to pay, and the grace period the reminder gives them. */
export interface InvoiceTerms {
  dueDays: number;
  graceDays: number;
}

const DAY_MS = 86_400_000;

/** A calendar day `days` after `day` (both YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The last day to pay: `dueDays` after issue, or the day before the session starts if that comes
 * first, and never before the day of issue (a late enrolment pays the same day).
 */
export function dueOn(today: string, firstDay: string, dueDays: number): string {
  const byTerms = addDays(today, dueDays);
  const dayBefore = addDays(firstDay, -1);
  const due = byTerms < dayBefore ? byTerms : dayBefore;
  return due < today ? today : due;
}

// Made once: building an Intl formatter costs far more than using it.
const BRUSSELS_OFFSET = new Intl.DateTimeFormat('en', {
  timeZone: 'Europe/Brussels',
  timeZoneName: 'longOffset',
});

/** The instant a Brussels calendar day begins (the offset read at noon, away from DST switches). */
export function brusselsStartOf(day: string): Date {
  const noon = new Date(`${day}T12:00:00Z`);
  const offset = BRUSSELS_OFFSET.formatToParts(noon).find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(offset ?? '');
  const minutes = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  return new Date(Date.parse(`${day}T00:00:00Z`) - minutes * 60_000);
}

/** When an unpaid invoice is overdue: the start of the day after its due day. */
export function overdueAt(due: string): Date {
  return brusselsStartOf(addDays(due, 1));
}

/** The 12 digits of the structured communication of invoice number `n` (10 digits + mod-97 check). */
export function structuredCommunicationOf(n: number): string {
  const made = createStructuredCommunication(String(n).padStart(10, '0'));
  if (!made.ok) throw new Error(`invoice number ${n} does not fit a structured communication`);
  return made.value;
}

export interface EpcTransfer {
  bic: string;
  beneficiary: string;
  iban: string;
  amountCents: number;
  /** The 12 digits of the structured communication. */
  structuredCommunication: string;
}

/**
 * The EPC069-12 (version 002, UTF-8, SEPA credit transfer) payload of a payment QR code. The
 * Belgian structured communication goes, as its 12 bare digits, in the structured remittance
 * line (the creditor reference), which Belgian banking apps read as the structured communication;
 * the purpose and the unstructured remittance stay empty (the standard allows one remittance only).
 */
export function epcPayload(transfer: EpcTransfer): string {
  if (transfer.amountCents < 1 || transfer.amountCents > 99_999_999_999)
    throw new Error('an EPC transfer is of 0.01 to 999999999.99 euros');
  return [
    'BCD',
    '002',
    '1',
    'SCT',
    transfer.bic,
    transfer.beneficiary.slice(0, 70),
    transfer.iban.replace(/\s/g, ''),
    `EUR${(transfer.amountCents / 100).toFixed(2)}`,
    '',
    transfer.structuredCommunication,
  ].join('\n');
}
