import { fillTranslations } from '@communa/tenant-config';
import { ageOn } from '../stages/stage-rules.ts';
import type { ResolvedTenant } from '../tenants/tenant-directory.ts';
import type { LabelledAnswer } from './roster-answers.ts';
import type { RosterRow, SessionRow } from './session-store.ts';
import type { RosterEntry } from './stage-staff-schemas.ts';

/** `HH:MM:SS` as PostgreSQL gives a time, written `HH:MM` as configured. */
const clock = (time: string): string => time.slice(0, 5);

export function presentSessionSummary(row: SessionRow, tenant: ResolvedTenant) {
  return {
    id: row.id,
    key: row.key,
    stage: { key: row.stageKey, title: fillTranslations(row.stageTitle, tenant.publicConfig.languages) },
    place: row.place,
    days: row.days,
    hours: { from: clock(row.startsAt), to: clock(row.endsAt) },
    ages: { min: row.minAge, max: row.maxAge },
    capacity: row.capacity,
    seatsTaken: row.seatsTaken,
    fillRate: Math.round((row.seatsTaken / row.capacity) * 1000) / 1000,
    waitlistCount: row.waitlistCount,
  };
}

const addressLine = (h: RosterRow['household']) =>
  `${h.street} ${h.number}${h.box ? `/${h.box}` : ''}, ${h.postalCode} ${h.city}`;

export function presentRosterEntry(
  row: RosterRow,
  firstDay: string,
  guardians: ReadonlyMap<string, { name: string; email: string }[]>,
  answers: LabelledAnswer[],
): RosterEntry {
  const { household, child } = row;
  return {
    enrolmentId: row.enrolmentId,
    reference: row.reference,
    status: row.status,
    waitlistPosition: row.waitlistPosition,
    child: { ...child, age: ageOn(child.birthDate, firstDay) },
    household: {
      id: household.id,
      address: addressLine(household),
      residency: household.residency,
      residencyStatus: household.residencyStatus,
      guardians: guardians.get(household.id) ?? [],
    },
    residencyUnconfirmed: row.residencyUnconfirmed,
    enrolledAt: row.enrolledAt.toISOString(),
    answers,
  };
}
