import { isCalendarDay, isoWeekOf } from '@communa/tenant-config';
import type { CatalogueSession, CatalogueStage } from './stage-catalogue-store.ts';
import { enrolmentStateAt, fitsAges } from './stage-rules.ts';
import type { CatalogueQuery, PublicStage, PublicStageSession } from './stage-schemas.ts';

/** Whether a session passes the catalogue's filters (the stage-level ones are checked by the caller). */
function sessionMatches(session: CatalogueSession, query: CatalogueQuery): boolean {
  if (query.week !== undefined) {
    const week = isCalendarDay(query.week) ? isoWeekOf(query.week) : query.week;
    if (!session.weeks.includes(week)) return false;
  }
  if (query.age !== undefined && (query.age < session.ages.min || query.age > session.ages.max)) return false;
  const firstDay = session.days[0] ?? '';
  if (query.birthDate !== undefined && !fitsAges(session.ages, firstDay, query.birthDate)) return false;
  return true;
}

/** The stages with at least one session passing the filters, each with only those sessions. */
export function filterCatalogue(stages: readonly CatalogueStage[], query: CatalogueQuery): CatalogueStage[] {
  return stages.flatMap((stage) => {
    if (query.category !== undefined && stage.category !== query.category) return [];
    if (query.place !== undefined && stage.place.key !== query.place) return [];
    const sessions = stage.sessions.filter((session) => sessionMatches(session, query));
    return sessions.length > 0 ? [{ ...stage, sessions }] : [];
  });
}

/** A stage as the public API answers it at `now`, with live seats and where enrolment stands. */
export function presentStage(
  stage: CatalogueStage,
  seatsLeft: ReadonlyMap<string, number>,
  now: Date,
  today: string,
): PublicStage {
  return {
    ...stage,
    sessions: stage.sessions.map((session) => presentSession(session, seatsLeft, now, today)),
  };
}

function presentSession(
  { id, windows, allocation, ...session }: CatalogueSession,
  seatsLeft: ReadonlyMap<string, number>,
  now: Date,
  today: string,
): PublicStageSession {
  const state = enrolmentStateAt(windows, now, { today, firstDay: session.days[0] ?? '' });
  return {
    id,
    ...session,
    seatsLeft: seatsLeft.get(id) ?? 0,
    enrolment: {
      opensAt: (windows[0]?.from ?? now).toISOString(),
      windows: windows.map((window) => ({ from: window.from.toISOString(), for: window.for })),
      status: state.status,
      currentWindow: state.window ? { from: state.window.from.toISOString(), for: state.window.for } : null,
      allocation,
    },
  };
}
