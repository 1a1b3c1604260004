import { describe, expect, it } from 'vitest';
import type { Admission, LiveEnrolment, SessionForRefusal } from './enrolment-rules.ts';
import {
  admissionAt,
  allocateSeats,
  applyAllOrNone,
  inDrawPeriod,
  refusalFor,
  sessionsOverlap,
} from './enrolment-rules.ts';
import type { EnrolmentWindow } from './stage-rules.ts';

const week = ['2027-07-05', '2027-07-06', '2027-07-07'];

describe('sessionsOverlap', () => {
  it('needs a shared day and overlapping hours', () => {
    const morning = { days: week, startsAt: '09:00:00', endsAt: '12:00:00' };
    expect(sessionsOverlap(morning, { days: week, startsAt: '11:00:00', endsAt: '16:00:00' })).toBe(true);
    expect(sessionsOverlap(morning, { days: week, startsAt: '12:00:00', endsAt: '16:00:00' })).toBe(false);
    expect(sessionsOverlap(morning, { days: ['2027-07-12'], startsAt: '09:00:00', endsAt: '12:00:00' })).toBe(
      false,
    );
    expect(
      sessionsOverlap(morning, {
        days: ['2027-07-07', '2027-07-08'],
        startsAt: '08:00:00',
        endsAt: '18:00:00',
      }),
    ).toBe(true);
  });
});

describe('admissionAt', () => {
  const windows: EnrolmentWindow[] = [
    { from: new Date('2027-05-03T07:00:00Z'), for: 'residents' },
    { from: new Date('2027-05-05T07:00:00Z'), for: 'everyone' },
  ];
  const days = { today: '2027-05-04', firstDay: '2027-07-05' };
  const resident = { resident: true, residencyConfirmed: true };
  const outsider = { resident: false, residencyConfirmed: true };

  it('says when a household may enrol before the first window', () => {
    const before = new Date('2027-05-01T07:00:00Z');
    expect(admissionAt(windows, before, days, resident)).toEqual({
      ok: false,
      refusal: { reason: 'not_open_yet', opensAt: windows[0]?.from },
    });
    expect(admissionAt(windows, before, days, outsider)).toEqual({
      ok: false,
      refusal: { reason: 'not_open_yet', opensAt: windows[1]?.from },
    });
  });

  it('lets residents in first, flagging a residency staff have not confirmed', () => {
    const during = new Date('2027-05-04T07:00:00Z');
    expect(admissionAt(windows, during, days, resident)).toMatchObject({
      ok: true,
      residencyUnconfirmed: false,
    });
    expect(admissionAt(windows, during, days, { resident: true, residencyConfirmed: false })).toMatchObject({
      ok: true,
      residencyUnconfirmed: true,
    });
    expect(admissionAt(windows, during, days, outsider)).toEqual({
      ok: false,
      refusal: { reason: 'not_open_yet', opensAt: windows[1]?.from },
    });
  });

  it('lets everyone in later, unflagged, and closes on the first day', () => {
    const later = new Date('2027-05-06T07:00:00Z');
    expect(admissionAt(windows, later, days, { resident: true, residencyConfirmed: false })).toMatchObject({
      ok: true,
      residencyUnconfirmed: false,
    });
    expect(admissionAt(windows, later, { today: '2027-07-05', firstDay: '2027-07-05' }, resident)).toEqual({
      ok: false,
      refusal: { reason: 'enrolment_closed' },
    });
  });
});

describe('inDrawPeriod', () => {
  const window: EnrolmentWindow = { from: new Date('2027-05-03T07:00:00Z'), for: 'everyone' };
  it('holds the first minutes of a draw session’s window', () => {
    expect(inDrawPeriod({ mode: 'draw', drawMinutes: 30 }, window, new Date('2027-05-03T07:29:59Z'))).toBe(
      true,
    );
    expect(inDrawPeriod({ mode: 'draw', drawMinutes: 30 }, window, new Date('2027-05-03T07:30:00Z'))).toBe(
      false,
    );
    expect(
      inDrawPeriod({ mode: 'first-come', drawMinutes: null }, window, new Date('2027-05-03T07:00:00Z')),
    ).toBe(false);
  });
});

describe('refusalFor', () => {
  const session: SessionForRefusal = {
    id: 's1',
    days: week,
    startsAt: '09:00:00',
    endsAt: '16:00:00',
    firstDay: '2027-07-05',
    ages: { min: 6, max: 8 },
  };
  const open: Admission = {
    ok: true,
    window: { from: new Date('2027-05-03T07:00:00Z'), for: 'everyone' },
    residencyUnconfirmed: false,
  };
  const child = { id: 'c1', birthDate: '2020-01-10' };
  const elsewhere = (sessionId: string, startsAt: string): LiveEnrolment => ({
    childId: 'c1',
    sessionId,
    days: week,
    startsAt,
    endsAt: '17:00:00',
  });

  it('enrols a child who fits', () => {
    expect(refusalFor(child, session, open, [])).toBeUndefined();
    expect(refusalFor(child, session, open, [{ ...elsewhere('s2', '16:00:00') }])).toBeUndefined();
  });

  it('gives one reason, in order: not found, not open, age, already, overlap', () => {
    expect(refusalFor({ id: 'x', birthDate: undefined }, session, open, [])).toEqual({
      reason: 'child_not_found',
    });
    expect(refusalFor(child, session, { ok: false, refusal: { reason: 'enrolment_closed' } }, [])).toEqual({
      reason: 'enrolment_closed',
    });
    expect(refusalFor({ id: 'c1', birthDate: '2021-07-06' }, session, open, [])).toEqual({
      reason: 'age_out_of_range',
    });
    expect(refusalFor(child, session, open, [elsewhere('s1', '09:00:00')])).toEqual({
      reason: 'already_enrolled',
    });
    expect(refusalFor(child, session, open, [elsewhere('s2', '13:00:00')])).toEqual({
      reason: 'overlapping_session',
    });
    expect(
      refusalFor(child, session, open, [{ ...elsewhere('s2', '13:00:00'), childId: 'c2' }]),
    ).toBeUndefined();
  });
});

describe('applyAllOrNone', () => {
  const decisions = [
    { childId: 'a', refusal: undefined },
    { childId: 'b', refusal: { reason: 'age_out_of_range' as const } },
  ];
  it('refuses every sibling when one is refused, only when asked', () => {
    expect(applyAllOrNone(decisions, false)).toEqual(decisions);
    expect(applyAllOrNone(decisions, true).map((d) => d.refusal?.reason)).toEqual([
      'sibling_refused',
      'age_out_of_range',
    ]);
    expect(applyAllOrNone([{ childId: 'a', refusal: undefined }], true)).toEqual([
      { childId: 'a', refusal: undefined },
    ]);
  });
});

describe('allocateSeats', () => {
  const counts = { capacity: 10, seatsTaken: 8, waitlistTaken: 3 };
  it('seats children in the order asked while seats are left, the others wait in turn', () => {
    expect(allocateSeats(counts, 3, false)).toEqual({
      allocations: [{ status: 'confirmed' }, { status: 'confirmed' }, { status: 'waitlisted', position: 4 }],
      counts: { capacity: 10, seatsTaken: 10, waitlistTaken: 4 },
    });
  });
  it('with all-or-none, seats all or none of them', () => {
    expect(allocateSeats(counts, 2, true).allocations).toEqual([
      { status: 'confirmed' },
      { status: 'confirmed' },
    ]);
    expect(allocateSeats(counts, 3, true)).toEqual({
      allocations: [
        { status: 'waitlisted', position: 4 },
        { status: 'waitlisted', position: 5 },
        { status: 'waitlisted', position: 6 },
      ],
      counts: { capacity: 10, seatsTaken: 8, waitlistTaken: 6 },
    });
  });
  it('never seats beyond the capacity, even one lowered below the seats taken', () => {
    expect(allocateSeats({ capacity: 5, seatsTaken: 7, waitlistTaken: 0 }, 1, false)).toEqual({
      allocations: [{ status: 'waitlisted', position: 1 }],
      counts: { capacity: 5, seatsTaken: 7, waitlistTaken: 1 },
    });
  });
  it('changes nothing for no child', () => {
    expect(allocateSeats(counts, 0, false)).toEqual({ allocations: [], counts });
  });
});
