import { describe, expect, it } from 'vitest';
import {
  centsOf,
  datesOf,
  definitionOf,
  euros,
  freshSessionKey,
  newSession,
  starterStage,
} from './stage-draft.ts';

describe('the stage draft', () => {
  it('shows cents as euros and reads euros typed with a point or a comma back as cents', () => {
    expect(euros(6550)).toBe('65.5');
    expect(euros(undefined)).toBe('');
    expect(centsOf('65,50')).toBe(6550);
    expect(centsOf(' 12.3 ')).toBe(1230);
    expect(centsOf('')).toBeUndefined();
    expect(datesOf('2027-07-20, 2027-07-21 2027-07-22;')).toEqual(['2027-07-20', '2027-07-21', '2027-07-22']);
  });

  it('adds a session as a copy of the last one under a key not used yet', () => {
    const first = newSession([]);
    expect(first.key).toBe('session-1');
    const copy = newSession([{ ...first, key: 'session-2', capacity: 20 }]);
    expect(copy).toMatchObject({ key: 'session-3', capacity: 20 });
    expect(freshSessionKey([first, { ...first, key: 'session-2' }])).toBe('session-3');
  });

  it('leaves out an unused questions form, box, social tariff, reduction and draw length', () => {
    const stage = starterStage(undefined, 'multi');
    const [session] = stage.sessions;
    if (!session) throw new Error('no session');
    const definition = definitionOf({
      ...stage,
      questions: '',
      sessions: [
        {
          ...session,
          prices: { residentCents: 100, nonResidentCents: 200, siblingReduction: { per: 'week' } },
          enrolment: { ...session.enrolment, allocation: { mode: 'first-come', drawMinutes: 30 } },
        },
      ],
    });
    expect(definition).not.toHaveProperty('questions');
    expect(definition.place).toEqual({
      key: '',
      name: '',
      address: { street: '', number: '', postalCode: '', city: '' },
    });
    expect((definition.sessions as Record<string, unknown>[])[0]).toMatchObject({
      prices: { residentCents: 100, nonResidentCents: 200 },
      enrolment: { allocation: { mode: 'first-come' } },
    });
    expect(JSON.stringify(definition)).not.toContain('siblingReduction');
  });
});
