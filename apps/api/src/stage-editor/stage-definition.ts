import type { ConfigIssue, Stage, StagePlace, StagesConfig } from '@communa/tenant-config';
import { placeEntry, rangeOfDays, stageEntry } from '@communa/tenant-config';
import type { FieldError } from '../problems/problem.ts';

/** A session as the database holds it now, with what hangs off it. */
export type HeldSession = { key: string; active: boolean; seatsTaken: number; enrolments: number };

/** The stage's key is its path's (or the new stage's `key`), never a property of its definition. */
export const KEY_NOT_ALLOWED: FieldError = {
  path: 'definition.key',
  code: 'not_allowed',
  message: 'is the stage’s key: leave it out',
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A stage as the editor shows it: its stages.yaml entry without the key, the place written out, each
 * session's days as a range with the days it leaves out, and its opening as windows, so every session
 * has the same controls whatever the file said.
 */
export function editorDefinition(stage: Stage, place: StagePlace | undefined): Record<string, unknown> {
  const { key: _key, place: placeKey, sessions, ...rest } = stageEntry(stage);
  return {
    ...rest,
    place: place ? placeEntry(place) : placeKey,
    sessions: sessions.map((entry, index) => {
      const session = stage.sessions[index];
      return {
        ...entry,
        days: rangeOfDays(session?.days ?? []),
        enrolment: {
          windows: (session?.enrolment.windows ?? []).map((window) => ({
            from: window.from,
            for: window.for,
          })),
          allocation: entry.enrolment.allocation,
        },
      };
    }),
  };
}

/** The commune's stages.yaml content with one stage put in (replacing the one of the same key, or last). */
export type MergedStages = {
  input: { places: unknown[]; stages: unknown[] };
  stageIndex: number;
  /** Where the stage's place is in `input.places`, when it was sent as a place. */
  placeIndex: number | undefined;
};

/**
 * Puts the edited stage into the commune's whole configuration, so that the stages.yaml checks run on
 * what the commune would then be. The place sent replaces the place of the same key (every stage there
 * sees the change) or is added.
 */
export function mergeStage(
  current: StagesConfig | undefined,
  key: string,
  definition: Record<string, unknown>,
): MergedStages {
  const places: unknown[] = (current?.places ?? []).map(placeEntry);
  const stages: unknown[] = (current?.stages ?? []).map(stageEntry);
  // A key sent in the definition is refused by the caller; the path's key is the stage's.
  const { place, key: _sent, ...rest } = definition;
  let placeIndex: number | undefined;
  if (isRecord(place)) {
    const known = (current?.places ?? []).findIndex((candidate) => candidate.key === place.key);
    placeIndex = known >= 0 ? known : places.length;
    places[placeIndex] = place;
  }
  const known = (current?.stages ?? []).findIndex((stage) => stage.key === key);
  const stageIndex = known >= 0 ? known : stages.length;
  stages[stageIndex] = { key, ...rest, place: isRecord(place) ? place.key : place };
  return { input: { places, stages }, stageIndex, placeIndex };
}

const issueCode = (issue: ConfigIssue): string => {
  if (issue.severity === 'warning') return 'missing_translation';
  if (issue.message.startsWith('unknown key')) return 'unknown_key';
  if (issue.message.startsWith('the text in the default language')) return 'missing_default_text';
  return 'invalid';
};

/**
 * A stages.yaml issue as the editor's field error: `stages.<n>.sessions.0.capacity` of the edited
 * stage becomes `definition.sessions.0.capacity`, its key `key`, its place's `definition.place.…`;
 * anything else keeps the file's path.
 */
export function editorIssue(issue: ConfigIssue, merged: MergedStages): FieldError {
  const [first, index, ...rest] = issue.path.split('.');
  let path = issue.path;
  if (first === 'stages' && index === String(merged.stageIndex))
    path = rest[0] === 'key' && rest.length === 1 ? 'key' : ['definition', ...rest].join('.');
  else if (first === 'places' && index === String(merged.placeIndex))
    path = ['definition', 'place', ...rest].join('.');
  return { path, code: issueCode(issue), message: issue.message };
}

/** The issues about the edited stage or its place (translation warnings of other stages are theirs). */
export function editorIssues(
  issues: readonly ConfigIssue[],
  merged: MergedStages,
  severity: ConfigIssue['severity'],
) {
  return issues
    .filter((issue) => issue.severity === severity)
    .map((issue) => editorIssue(issue, merged))
    .filter((error) => severity === 'error' || error.path.startsWith('definition'));
}

/**
 * What the edit would do to sessions families are enrolled in: removing one that has enrolments, or
 * putting a capacity below the seats already taken (confirmed children and seats held by an offer).
 */
export function sessionConflicts(
  held: readonly HeldSession[],
  next: Stage,
): { removed: FieldError[]; capacity: FieldError[] } {
  const kept = new Set(next.sessions.map((session) => session.key));
  const removed = held
    .filter((session) => session.active && session.enrolments > 0 && !kept.has(session.key))
    .map((session) => ({
      path: 'definition.sessions',
      code: 'session_has_enrolments',
      message: `session ${session.key} has ${session.enrolments} enrolment(s): it cannot be removed`,
    }));
  const byKey = new Map(held.map((session) => [session.key, session]));
  const capacity = next.sessions.flatMap((session, index) => {
    const seatsTaken = byKey.get(session.key)?.seatsTaken ?? 0;
    return session.capacity < seatsTaken
      ? [
          {
            path: `definition.sessions.${index}.capacity`,
            code: 'capacity_below_seats_taken',
            message: `must be at least ${seatsTaken}: ${seatsTaken} seat(s) are taken`,
          },
        ]
      : [];
  });
  return { removed, capacity };
}
