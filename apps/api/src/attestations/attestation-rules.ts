import { yearsBefore } from '../households/child-rules.ts';

/** Children are attested for care before their fourteenth birthday (form 281.86). */
export const ATTESTED_UNTIL_AGE = 14;

/** One confirmed enrolment of the child, as the attestation reads it. */
export interface AttestedEnrolment {
  reference: string;
  stageTitle: string;
  /** Days marked present, `YYYY-MM-DD`. */
  attendedDays: readonly string[];
  /** What the family paid for it (the invoice, once marked paid); 0 if nothing was paid. */
  paidCents: number;
}

export interface AttestationPeriod {
  reference: string;
  stageTitle: string;
  from: string;
  to: string;
  days: number;
  paidCents: number;
  /** The amount per day paid, before any cap. */
  dailyCents: number;
}

export interface ChildcareAttestation {
  year: number;
  periods: AttestationPeriod[];
  days: number;
  paidCents: number;
  /** What the tax rules take at most: per period, the amount paid or the days times the daily cap. */
  deductibleCents: number;
}

/**
 * The childcare attestation of one child for one income year: each paid enrolment with the days
 * the child was present that year while under fourteen. An enrolment partly after the birthday
 * counts the share of its price those days stand for (in whole cents, rounded down).
 */
export function childcareAttestation(input: {
  year: number;
  birthDate: string;
  dailyCapCents: number;
  enrolments: readonly AttestedEnrolment[];
}): ChildcareAttestation {
  // yearsBefore with a negative count: the same calendar day fourteen years later.
  const fourteenth = yearsBefore(input.birthDate, -ATTESTED_UNTIL_AGE);
  const yearPrefix = `${input.year}-`;
  const periods: AttestationPeriod[] = [];
  for (const enrolment of input.enrolments) {
    if (enrolment.paidCents <= 0 || enrolment.attendedDays.length === 0) continue;
    const days = [...new Set(enrolment.attendedDays)]
      .filter((day) => day.startsWith(yearPrefix) && day < fourteenth)
      .sort();
    const from = days[0];
    const to = days.at(-1);
    if (from === undefined || to === undefined) continue;
    const attended = new Set(enrolment.attendedDays).size;
    const paidCents = Math.floor((enrolment.paidCents * days.length) / attended);
    periods.push({
      reference: enrolment.reference,
      stageTitle: enrolment.stageTitle,
      from,
      to,
      days: days.length,
      paidCents,
      dailyCents: Math.round(paidCents / days.length),
    });
  }
  periods.sort((a, b) => a.from.localeCompare(b.from));
  return {
    year: input.year,
    periods,
    days: periods.reduce((sum, period) => sum + period.days, 0),
    paidCents: periods.reduce((sum, period) => sum + period.paidCents, 0),
    deductibleCents: periods.reduce(
      (sum, period) => sum + Math.min(period.paidCents, period.days * input.dailyCapCents),
      0,
    ),
  };
}
