import type { StagesConfig } from '@communa/tenant-config';
import { describe, expect, it } from 'vitest';
import { editorIssue, mergeStage, sessionConflicts } from './stage-definition.ts';

const place = (key: string, name: string) => ({
  key,
  name,
  address: { street: 'Rue', number: '1', postalCode: '4040', city: 'Herstal' },
});

const session = (key: string, capacity: number) => ({
  key,
  days: ['2027-07-12'],
  hours: { from: '09:00', to: '16:00' },
  ages: { min: 6, max: 9 },
  capacity,
  prices: { residentCents: 1000, nonResidentCents: 2000 },
  enrolment: {
    windows: [{ from: '2027-05-10T18:00', for: 'everyone' as const }],
    allocation: { mode: 'first-come' as const },
  },
  cancellation: { freeUntilDaysBefore: 1, feeCents: 0, medicalException: false },
});

const stage = (key: string, placeKey: string) => ({
  key,
  title: { fr: key },
  description: { fr: key },
  category: 'sports' as const,
  place: placeKey,
  sessions: [session('semaine-28', 10)],
});

const config: StagesConfig = {
  places: [place('hall', 'Hall'), place('musee', 'Musée')],
  stages: [stage('foot', 'hall'), stage('histoire', 'musee')],
};

describe('mergeStage', () => {
  it('replaces the stage of the same key and the place of the same key', () => {
    const merged = mergeStage(config, 'histoire', {
      title: { fr: 'H' },
      place: place('musee', 'Nouveau nom'),
    });
    expect(merged.stageIndex).toBe(1);
    expect(merged.placeIndex).toBe(1);
    expect(merged.input.places[1]).toMatchObject({ name: 'Nouveau nom' });
    expect(merged.input.stages[1]).toEqual({ key: 'histoire', title: { fr: 'H' }, place: 'musee' });
    expect(merged.input.stages[0]).toMatchObject({ key: 'foot', place: 'hall' });
  });

  it('adds a new stage and a new place last; a key sent in the definition does not replace the path’s', () => {
    const merged = mergeStage(config, 'robots', { key: 'foot', place: place('labo', 'Labo') });
    expect(merged).toMatchObject({ stageIndex: 2, placeIndex: 2 });
    expect(merged.input.stages[2]).toEqual({ key: 'robots', place: 'labo' });
  });

  it('starts from nothing in a commune without stages, and leaves a place that is not a map to the checks', () => {
    const merged = mergeStage(undefined, 'robots', { place: 'hall' });
    expect(merged).toEqual({
      input: { places: [], stages: [{ key: 'robots', place: 'hall' }] },
      stageIndex: 0,
      placeIndex: undefined,
    });
  });
});

describe('editorIssue', () => {
  const merged = mergeStage(config, 'histoire', { place: place('musee', 'Musée') });
  const issue = (path: string, message = 'is wrong', severity: 'error' | 'warning' = 'error') => ({
    severity,
    file: 'stages.yaml',
    line: 1,
    column: 1,
    path,
    message,
  });

  it('gives the edited stage’s paths from its definition, its key and its place', () => {
    expect(editorIssue(issue('stages.1.sessions.0.capacity'), merged)).toEqual({
      path: 'definition.sessions.0.capacity',
      code: 'invalid',
      message: 'is wrong',
    });
    expect(editorIssue(issue('stages.1.key'), merged).path).toBe('key');
    expect(editorIssue(issue('places.1.address.city'), merged).path).toBe('definition.place.address.city');
    expect(editorIssue(issue('stages.0.title'), merged).path).toBe('stages.0.title');
  });

  it('names unknown keys, missing default texts and missing translations', () => {
    expect(editorIssue(issue('stages.1.colour', 'unknown key "colour"'), merged).code).toBe('unknown_key');
    expect(
      editorIssue(issue('stages.1.title.fr', 'the text in the default language (fr) is required'), merged)
        .code,
    ).toBe('missing_default_text');
    expect(editorIssue(issue('stages.1.title.nl', 'no nl text', 'warning'), merged).code).toBe(
      'missing_translation',
    );
  });
});

describe('sessionConflicts', () => {
  const next = { ...stage('foot', 'hall'), sessions: [session('semaine-28', 3), session('semaine-30', 10)] };

  it('refuses removing a session with enrolments and a capacity below the seats taken', () => {
    const held = [
      { key: 'semaine-28', active: true, seatsTaken: 4, enrolments: 6 },
      { key: 'semaine-29', active: true, seatsTaken: 0, enrolments: 1 },
      { key: 'semaine-31', active: true, seatsTaken: 0, enrolments: 0 },
      { key: 'semaine-32', active: false, seatsTaken: 0, enrolments: 2 },
    ];
    expect(sessionConflicts(held, next)).toEqual({
      removed: [
        {
          path: 'definition.sessions',
          code: 'session_has_enrolments',
          message: 'session semaine-29 has 1 enrolment(s): it cannot be removed',
        },
      ],
      capacity: [
        {
          path: 'definition.sessions.0.capacity',
          code: 'capacity_below_seats_taken',
          message: 'must be at least 4: 4 seat(s) are taken',
        },
      ],
    });
  });

  it('lets a capacity go down to the seats taken, and a session without enrolments go', () => {
    const held = [
      { key: 'semaine-28', active: true, seatsTaken: 3, enrolments: 3 },
      { key: 'semaine-31', active: true, seatsTaken: 0, enrolments: 0 },
    ];
    expect(sessionConflicts(held, next)).toEqual({ removed: [], capacity: [] });
  });
});
