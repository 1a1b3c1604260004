import type { CancellationRules, MyEnrolment } from './account-api.ts';

/** What cancelling now would cost, as the session's rules say; the server's answer has the exact figure. */
export type CancellationOutlook =
  | { kind: 'free' }
  | { kind: 'fee'; feeCents: number; medicalFree: boolean }
  | { kind: 'unknown' };

/**
 * The same rule as the API's `cancellationCharge`: only a held seat (confirmed) is charged, free until
 * `freeUntilDaysBefore` days before the first day (Brussels day `today`), then the fee, never more than
 * the price; a medical reason is free where the session allows it.
 */
export function cancellationOutlook(
  enrolment: Pick<MyEnrolment, 'status' | 'priceCents' | 'session'>,
  rules: CancellationRules | undefined,
  today: string,
): CancellationOutlook {
  if (enrolment.status !== 'confirmed') return { kind: 'free' };
  const firstDay = enrolment.session.days[0];
  if (!rules || !firstDay) return { kind: 'unknown' };
  const feeCents = Math.min(rules.feeCents, enrolment.priceCents);
  if (feeCents === 0 || daysBetween(today, firstDay) >= rules.freeUntilDaysBefore) return { kind: 'free' };
  return { kind: 'fee', feeCents, medicalFree: rules.medicalException };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
