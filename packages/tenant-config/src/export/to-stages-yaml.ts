import { Document, isMap, isScalar, isSeq, Scalar, visit } from 'yaml';
import type { StageSession } from '../schema/stage-session.ts';
import type { Stage, StagePlace, StagesConfig } from '../schema/stages.ts';
import type { Weekday } from '../stages/calendar-day.ts';
import { WEEKDAYS, weekdayOf } from '../stages/calendar-day.ts';
import { expandDayRange, WORKING_WEEK } from '../stages/session-days.ts';

const HEADER =
  'source: admin — the back-office is the truth; this file is an export, rewritten by `npm run tenants:export`.\n Times are wall-clock times in the commune’s time zone; money is in cents.';

/** Small maps read best on one line, as communes write them by hand. */
const FLOW_KEYS = new Set([
  'address',
  'days',
  'hours',
  'ages',
  'siblingReduction',
  'allocation',
  'cancellation',
]);

/** Prose longer than this is written as a folded block rather than one long line. */
const FOLD_FROM = 80;

/** Quoted so no reader takes them for numbers (YAML 1.1 reads 09:00 as sexagesimal). */
const CLOCK = /^\d{2}:\d{2}$/;

/**
 * The shortest way to write a session's days that gives them back: a range from the first to the last
 * (with its weekdays when not Monday to Friday), or else the list of dates.
 */
export const compactDays = (
  days: readonly string[],
): { from: string; to: string; weekdays?: Weekday[] } | { dates: string[] } => {
  const [from, to] = [days[0], days.at(-1)];
  if (from === undefined || to === undefined) return { dates: [] };
  const used = new Set(days.map(weekdayOf));
  const weekdays = WEEKDAYS.filter((day) => used.has(day));
  const same = (expanded: readonly string[]) =>
    expanded.length === days.length && expanded.every((day, index) => day === days[index]);
  if (same(expandDayRange({ from, to, weekdays }))) {
    const workingWeek = weekdays.length === WORKING_WEEK.length && WORKING_WEEK.every((d) => used.has(d));
    if (workingWeek) return { from, to };
    // A range over only some weekdays is written with them, unless Monday to Friday gives the same days.
    if (same(expandDayRange({ from, to, weekdays: WORKING_WEEK }))) return { from, to };
    return { from, to, weekdays };
  }
  return { dates: [...days] };
};

/** A session in the key order of stages.yaml; everyone from one moment is written `opensAt`. */
const sessionEntry = (session: StageSession) => {
  const { windows, allocation } = session.enrolment;
  const [only] = windows;
  const opening =
    windows.length === 1 && only?.for === 'everyone'
      ? { opensAt: only.from }
      : { windows: windows.map((window) => ({ from: window.from, for: window.for })) };
  const { prices } = session;
  return {
    key: session.key,
    days: compactDays(session.days),
    hours: { from: session.hours.from, to: session.hours.to },
    ages: { min: session.ages.min, max: session.ages.max },
    capacity: session.capacity,
    prices: {
      residentCents: prices.residentCents,
      nonResidentCents: prices.nonResidentCents,
      ...(prices.socialCents === undefined ? {} : { socialCents: prices.socialCents }),
      ...(prices.siblingReduction === undefined
        ? {}
        : { siblingReduction: { cents: prices.siblingReduction.cents, per: prices.siblingReduction.per } }),
    },
    enrolment: {
      ...opening,
      allocation:
        allocation.drawMinutes === undefined
          ? { mode: allocation.mode }
          : { mode: allocation.mode, drawMinutes: allocation.drawMinutes },
    },
    cancellation: {
      freeUntilDaysBefore: session.cancellation.freeUntilDaysBefore,
      feeCents: session.cancellation.feeCents,
      medicalException: session.cancellation.medicalException,
    },
  };
};

/** A place in the key order of stages.yaml. */
export const placeEntry = (place: StagePlace) => ({
  key: place.key,
  name: place.name,
  address: {
    street: place.address.street,
    number: place.address.number,
    ...(place.address.box === undefined ? {} : { box: place.address.box }),
    postalCode: place.address.postalCode,
    city: place.address.city,
  },
});

/** A stage in the key order of stages.yaml, its sessions written out in full. */
export const stageEntry = (stage: Stage) => ({
  key: stage.key,
  category: stage.category,
  place: stage.place,
  ...(stage.questions === undefined ? {} : { questions: stage.questions }),
  title: stage.title,
  description: stage.description,
  sessions: stage.sessions.map(sessionEntry),
});

/**
 * The stages.yaml text of `config` (an `admin` commune's stages as the back-office keeps them): keys
 * in the file's order, every session written out in full (no shared blocks), the allocation default
 * written, so that loading it gives `config` back and exports diff cleanly.
 */
export const toStagesYaml = (config: StagesConfig, communeName: string): string => {
  const doc = new Document({
    places: config.places.map(placeEntry),
    stages: config.stages.map(stageEntry),
  });
  doc.commentBefore = ` ${communeName} — holiday stages.\n ${HEADER}`;
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items.slice(1)) if (isScalar(pair.key)) pair.key.spaceBefore = true;
  }
  const stages = doc.get('stages', true);
  if (isSeq(stages)) {
    for (const stage of stages.items.slice(1)) if (isMap(stage)) stage.spaceBefore = true;
  }
  visit(doc, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && FLOW_KEYS.has(String(pair.key.value)) && isMap(pair.value))
        pair.value.flow = true;
      if (isScalar(pair.key) && pair.key.value === 'windows' && isSeq(pair.value)) {
        for (const window of pair.value.items) if (isMap(window)) window.flow = true;
      }
    },
    Scalar(_key, node) {
      const { value } = node;
      if (typeof value === 'string' && CLOCK.test(value)) node.type = Scalar.QUOTE_DOUBLE;
      else if (
        typeof value === 'string' &&
        value.length >= FOLD_FROM &&
        value.includes(' ') &&
        !value.includes('\n')
      )
        node.type = Scalar.BLOCK_FOLDED;
    },
  });
  return doc.toString({ lineWidth: 100, minContentWidth: 40, flowCollectionPadding: false });
};
