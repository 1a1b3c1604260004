import type { EnrolmentWindow } from './stage-rules.ts';
import { enrolmentStateAt, fitsAges } from './stage-rules.ts';

/** Why a child is not enrolled; widgets localise each code. */
export const REFUSAL_REASONS = [
  'child_not_found',
  'not_open_yet',
  'enrolment_closed',
  'age_out_of_range',
  'already_enrolled',
  'overlapping_session',
  'sibling_refused',
] as const;

export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export type Refusal = { reason: RefusalReason; opensAt?: Date | undefined };

/** A session's days (`YYYY-MM-DD`) and daily hours (`HH:MM[:SS]`, Brussels time). */
export interface SessionTimes {
  days: readonly string[];
  startsAt: string;
  endsAt: string;
}

/** Two sessions overlap when they share a day and their hours overlap (end to start is not an overlap). */
export function sessionsOverlap(a: SessionTimes, b: SessionTimes): boolean {
  const days = new Set(a.days);
  if (!b.days.some((day) => days.has(day))) return false;
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

export type Admission =
  | { ok: true; window: EnrolmentWindow; residencyUnconfirmed: boolean }
  | { ok: false; refusal: Refusal };

/**
 * Whether a household may enrol in a session now. In a residents-only window a non-resident
 * household is told when everyone may enrol; a resident household whose residency staff have not
 * confirmed yet is let in and flagged, since staff check it afterwards.
 */
export function admissionAt(
  windows: readonly EnrolmentWindow[],
  now: Date,
  days: { today: string; firstDay: string },
  household: { resident: boolean; residencyConfirmed: boolean },
): Admission {
  const state = enrolmentStateAt(windows, now, days);
  if (state.status === 'closed') return { ok: false, refusal: { reason: 'enrolment_closed' } };
  if (state.status === 'upcoming') {
    const first = household.resident ? windows[0] : windows.find((window) => window.for === 'everyone');
    return { ok: false, refusal: { reason: 'not_open_yet', opensAt: first?.from } };
  }
  if (state.window.for === 'residents') {
    if (!household.resident) {
      const everyone = windows.find((window) => window.for === 'everyone' && window.from > now);
      return { ok: false, refusal: { reason: 'not_open_yet', opensAt: everyone?.from } };
    }
    return { ok: true, window: state.window, residencyUnconfirmed: !household.residencyConfirmed };
  }
  return { ok: true, window: state.window, residencyUnconfirmed: false };
}

/**
 * While a draw session's window is in its first `drawMinutes`, requests wait for the draw; after
 * that, the seats left go first come, first served.
 */
export function inDrawPeriod(
  allocation: { mode: 'first-come' | 'draw'; drawMinutes: number | null },
  window: EnrolmentWindow,
  now: Date,
): boolean {
  if (allocation.mode !== 'draw' || !allocation.drawMinutes) return false;
  return now.getTime() < window.from.getTime() + allocation.drawMinutes * 60_000;
}

export interface ChildCandidate {
  id: string;
  /** Undefined when the id is not a child of the household. */
  birthDate: string | undefined;
}

export interface SessionForRefusal extends SessionTimes {
  id: string;
  firstDay: string;
  ages: { min: number; max: number };
}

/** A child's live enrolment elsewhere (or in this session), with that session's times. */
export interface LiveEnrolment extends SessionTimes {
  childId: string;
  sessionId: string;
}

/** Why this child cannot be enrolled in the session, or undefined if it can. */
export function refusalFor(
  child: ChildCandidate,
  session: SessionForRefusal,
  admission: Admission,
  live: readonly LiveEnrolment[],
): Refusal | undefined {
  if (child.birthDate === undefined) return { reason: 'child_not_found' };
  if (!admission.ok) return admission.refusal;
  if (!fitsAges(session.ages, session.firstDay, child.birthDate)) return { reason: 'age_out_of_range' };
  const mine = live.filter((enrolment) => enrolment.childId === child.id);
  if (mine.some((enrolment) => enrolment.sessionId === session.id)) return { reason: 'already_enrolled' };
  if (mine.some((enrolment) => sessionsOverlap(enrolment, session))) return { reason: 'overlapping_session' };
  return undefined;
}

/**
 * With "all or none", one refused sibling refuses the others too (nothing is written), so siblings
 * are never split between enrolled and not.
 */
export function applyAllOrNone<T extends { refusal: Refusal | undefined }>(
  decisions: readonly T[],
  allOrNone: boolean,
): T[] {
  if (!allOrNone || decisions.every((decision) => decision.refusal === undefined)) return [...decisions];
  return decisions.map((decision) =>
    decision.refusal ? decision : { ...decision, refusal: { reason: 'sibling_refused' } },
  );
}

/** A session's seats and waitlist counters, as read under its lock. */
export interface SeatCounts {
  capacity: number;
  seatsTaken: number;
  /** Waitlist positions handed out so far: the next one is this plus one. */
  waitlistTaken: number;
}

export type Allocation = { status: 'confirmed' } | { status: 'waitlisted'; position: number };

/**
 * Seats for `count` children asked together, in the order asked: each takes a seat while one is
 * left and the others take the next waitlist positions; with all-or-none, all take seats or all
 * wait. Returns each child's allocation and the counters to write back under the same lock.
 */
export function allocateSeats(
  counts: SeatCounts,
  count: number,
  allOrNone: boolean,
): { allocations: Allocation[]; counts: SeatCounts } {
  const free = Math.max(counts.capacity - counts.seatsTaken, 0);
  const seated = allOrNone ? (count <= free ? count : 0) : Math.min(count, free);
  const allocations: Allocation[] = Array.from({ length: count }, (_, index) =>
    index < seated
      ? { status: 'confirmed' }
      : { status: 'waitlisted', position: counts.waitlistTaken + index - seated + 1 },
  );
  return {
    allocations,
    counts: {
      capacity: counts.capacity,
      seatsTaken: counts.seatsTaken + seated,
      waitlistTaken: counts.waitlistTaken + count - seated,
    },
  };
}
