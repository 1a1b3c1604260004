import type { DraftText } from '../forms/form-draft.ts';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const AUDIENCES = ['residents', 'everyone'] as const;
export const ALLOCATIONS = ['first-come', 'draw'] as const;
export const SIBLING_UNITS = ['session', 'week'] as const;

export interface DraftPlace {
  key: string;
  name: string;
  address: { street: string; number: string; box?: string; postalCode: string; city: string };
}

/** A session as the API gives it to edit; numbers a person cleared are undefined until saved. */
export interface DraftSession {
  key: string;
  days: { from: string; to: string; weekdays: string[]; except: string[] };
  hours: { from: string; to: string };
  ages: { min?: number; max?: number };
  capacity?: number;
  prices: {
    residentCents?: number;
    nonResidentCents?: number;
    socialCents?: number;
    siblingReduction?: { cents?: number; per: string };
  };
  enrolment: {
    windows: { from: string; for: string }[];
    allocation: { mode: string; drawMinutes?: number };
  };
  cancellation: { freeUntilDaysBefore?: number; feeCents?: number; medicalException: boolean };
}

export interface DraftStage {
  title: DraftText;
  description: DraftText;
  category: string;
  place: DraftPlace;
  questions?: string;
  sessions: DraftSession[];
}

/** A key not used by another session: `session-2`, `session-3`… */
export function freshSessionKey(sessions: readonly DraftSession[]): string {
  const used = new Set(sessions.map((session) => session.key));
  let n = sessions.length + 1;
  while (used.has(`session-${n}`)) n += 1;
  return `session-${n}`;
}

/** A new session: a copy of the last one (the next week is the common case), else a plain start. */
export function newSession(sessions: readonly DraftSession[]): DraftSession {
  const key = freshSessionKey(sessions);
  const last = sessions.at(-1);
  if (last) return { ...structuredClone(last), key };
  return {
    key,
    days: { from: '', to: '', weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'], except: [] },
    hours: { from: '09:00', to: '16:00' },
    ages: { min: 6, max: 12 },
    capacity: 12,
    prices: { residentCents: 0, nonResidentCents: 0 },
    enrolment: { windows: [{ from: '', for: 'everyone' }], allocation: { mode: 'first-come' } },
    cancellation: { freeUntilDaysBefore: 7, feeCents: 0, medicalException: true },
  };
}

/** A new stage's starting point: its title in the default language, one session to fill in. */
export function starterStage(place: DraftPlace | undefined, category: string): DraftStage {
  return {
    title: {},
    description: {},
    category,
    place: place ?? { key: '', name: '', address: { street: '', number: '', postalCode: '', city: '' } },
    sessions: [newSession([])],
  };
}

/** Cents shown as euros in an input (`65` or `65.5`), empty when unset. */
export const euros = (cents: number | undefined): string => (cents === undefined ? '' : String(cents / 100));

/** Euros typed by a person as whole cents; empty is unset, anything else the API judges. */
export const centsOf = (raw: string): number | undefined => {
  const value = raw.trim().replace(',', '.');
  return value === '' ? undefined : Math.round(Number(value) * 100);
};

/** A number typed by a person; empty is unset. */
export const numberOf = (raw: string): number | undefined => {
  const value = raw.trim();
  return value === '' ? undefined : Number(value);
};

/** Dates typed one after the other, separated by commas or spaces. */
export const datesOf = (raw: string): string[] => raw.split(/[\s,;]+/).filter(Boolean);

/** The definition sent to the API: an unused optional text, question or reduction left out. */
export function definitionOf(draft: DraftStage): Record<string, unknown> {
  const { questions, ...rest } = draft;
  const { box, ...address } = draft.place.address;
  return {
    ...rest,
    ...(questions ? { questions } : {}),
    place: { ...draft.place, address: box ? { ...address, box } : address },
    sessions: draft.sessions.map((session) => {
      const { socialCents, siblingReduction, ...prices } = session.prices;
      return {
        ...session,
        prices: {
          ...prices,
          ...(socialCents === undefined ? {} : { socialCents }),
          ...(siblingReduction?.cents === undefined ? {} : { siblingReduction }),
        },
        enrolment: {
          windows: session.enrolment.windows,
          allocation:
            session.enrolment.allocation.mode === 'draw'
              ? session.enrolment.allocation
              : { mode: session.enrolment.allocation.mode },
        },
      };
    }),
  };
}
