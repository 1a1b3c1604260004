import { fillTranslations } from '@communa/tenant-config';
import type { MyEnrolment } from './enrolment-schemas.ts';
import type { householdEnrolments } from './enrolment-store.ts';

type EnrolmentRow = Awaited<ReturnType<typeof householdEnrolments>>[number];

/** `HH:MM:SS` as PostgreSQL gives a time, written `HH:MM` as configured. */
const clock = (time: string): string => time.slice(0, 5);

/** Enrolments as a family sees them (its list, its data export), titles in every offered language. */
export function presentEnrolments(
  rows: readonly EnrolmentRow[],
  languages: Parameters<typeof fillTranslations>[1],
): MyEnrolment[] {
  return rows.map(
    ({
      session,
      stage,
      createdAt,
      offerExpiresAt,
      cancelledAt,
      cancellationReason,
      cancellationFeeCents,
      cancellationCreditCents,
      ...enrolment
    }) => ({
      ...enrolment,
      offerExpiresAt: offerExpiresAt?.toISOString() ?? null,
      cancellation:
        cancelledAt && cancellationReason
          ? {
              reason: cancellationReason,
              feeCents: cancellationFeeCents ?? 0,
              creditCents: cancellationCreditCents ?? 0,
              cancelledAt: cancelledAt.toISOString(),
            }
          : null,
      createdAt: createdAt.toISOString(),
      session: {
        id: session.id,
        key: session.key,
        days: session.days,
        hours: { from: clock(session.startsAt), to: clock(session.endsAt) },
        stage: { key: stage.key, title: fillTranslations(stage.title, languages) },
      },
    }),
  );
}
