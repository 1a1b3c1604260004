import { describe, expect, it } from 'vitest';
import { drawAtMessage, drawMessage, resultMessage, sessionStatus } from './message-choice.ts';
import type { StageSession } from './stages-api.ts';

function session(overrides: {
  status: StageSession['enrolment']['status'];
  seatsLeft?: number;
  windows?: StageSession['enrolment']['windows'];
  draw?: number;
}): StageSession {
  const windows = overrides.windows ?? [{ from: '2027-05-03T07:00:00.000Z', for: 'everyone' as const }];
  return {
    id: '00000000-0000-4000-8000-000000000001',
    key: 's',
    days: ['2027-07-12'],
    weeks: ['2027-W28'],
    hours: { from: '09:00', to: '16:00' },
    ages: { min: 6, max: 8 },
    capacity: 10,
    seatsLeft: overrides.seatsLeft ?? 10,
    prices: { residentCents: 6500, nonResidentCents: 9500, socialCents: null, siblingReduction: null },
    enrolment: {
      opensAt: windows[0]?.from ?? '',
      windows,
      status: overrides.status,
      currentWindow: overrides.status === 'open' ? (windows[0] ?? null) : null,
      allocation: overrides.draw
        ? { mode: 'draw', drawMinutes: overrides.draw }
        : { mode: 'first-come', drawMinutes: null },
    },
    cancellation: { freeUntilDaysBefore: 14, feeCents: 0, medicalException: true },
  };
}

const keys = (s: StageSession) => sessionStatus(s).map((m) => m.key);

describe('what a session says about enrolment', () => {
  it('says when a session not open yet opens, residents first when a window says so', () => {
    expect(sessionStatus(session({ status: 'upcoming' }))[0]).toEqual({
      key: 'opensOn',
      instants: { date: '2027-05-03T07:00:00.000Z' },
    });
    const windows = [
      { from: '2027-05-03T07:00:00.000Z', for: 'residents' as const },
      { from: '2027-05-05T07:00:00.000Z', for: 'everyone' as const },
    ];
    expect(sessionStatus(session({ status: 'upcoming', windows }))[0]).toEqual({
      key: 'residentsFirst',
      instants: { date: '2027-05-03T07:00:00.000Z', everyone: '2027-05-05T07:00:00.000Z' },
    });
  });

  it('gives the seats left while open, singular for one, and the waitlist when full', () => {
    expect(sessionStatus(session({ status: 'open', seatsLeft: 3 }))).toEqual([
      { key: 'openNow' },
      { key: 'seatsLeft', params: { count: '3' } },
    ]);
    expect(keys(session({ status: 'open', seatsLeft: 1 }))).toEqual(['openNow', 'seatsLeftOne']);
    expect(keys(session({ status: 'open', seatsLeft: 0 }))).toEqual(['full']);
    expect(keys(session({ status: 'closed', seatsLeft: 4 }))).toEqual(['closed']);
  });

  it('tells of the draw, and when it takes place', () => {
    const drawn = session({ status: 'open', draw: 30 });
    expect(sessionStatus(drawn).at(-1)).toEqual({ key: 'draw', params: { minutes: '30' } });
    expect(drawMessage(drawn)).toEqual({
      key: 'drawPending',
      instants: { date: '2027-05-03T07:30:00.000Z' },
    });
    expect(drawAtMessage('2027-05-03T07:15:00.000Z')).toEqual({
      key: 'drawPending',
      instants: { date: '2027-05-03T07:15:00.000Z' },
    });
  });
});

describe('the answer for each child', () => {
  const childId = '00000000-0000-4000-8000-00000000000c';
  const enrolmentId = '00000000-0000-4000-8000-00000000000e';

  it('gives the reference when confirmed, the position too when waitlisted', () => {
    expect(
      resultMessage(
        {
          childId,
          enrolmentId,
          status: 'confirmed',
          reference: 'LIE-2027-AB2CD',
          priceCents: 1,
          residencyUnconfirmed: false,
        },
        'Lou',
      ),
    ).toEqual({ key: 'confirmed', params: { name: 'Lou', reference: 'LIE-2027-AB2CD' } });
    expect(
      resultMessage(
        {
          childId,
          enrolmentId,
          status: 'waitlisted',
          reference: 'LIE-2027-XY3ZT',
          position: 1,
          priceCents: 1,
          residencyUnconfirmed: false,
        },
        'Noa',
      ),
    ).toEqual({ key: 'waitlisted', params: { name: 'Noa', reference: 'LIE-2027-XY3ZT', position: '1' } });
  });

  it('says each refusal in its own words, with the opening time when known', () => {
    const reasons = [
      ['child_not_found', 'refusedChildNotFound'],
      ['not_open_yet', 'refusedNotOpenYet'],
      ['enrolment_closed', 'refusedClosed'],
      ['age_out_of_range', 'refusedAge'],
      ['already_enrolled', 'refusedAlready'],
      ['overlapping_session', 'refusedOverlap'],
      ['sibling_refused', 'refusedSibling'],
    ] as const;
    for (const [reason, key] of reasons) {
      expect(resultMessage({ childId, status: 'refused', reason }, 'Lou')).toEqual({
        key,
        params: { name: 'Lou' },
      });
    }
    expect(
      resultMessage(
        { childId, status: 'refused', reason: 'not_open_yet', opensAt: '2027-05-05T07:00:00.000Z' },
        'Lou',
      ),
    ).toEqual({
      key: 'refusedNotOpenYetAt',
      params: { name: 'Lou' },
      instants: { date: '2027-05-05T07:00:00.000Z' },
    });
  });
});
