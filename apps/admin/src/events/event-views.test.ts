import { describe, expect, it } from 'vitest';
import { eventViews } from './event-views.ts';

describe('eventViews', () => {
  it('gives the event types, places and equipment only to admins of a source: admin commune', () => {
    expect(eventViews({ roles: ['admin'], source: 'admin' })).toEqual([
      'requests',
      'calendar',
      'configuration',
    ]);
    expect(eventViews({ roles: ['admin'], source: 'code' })).toEqual(['requests', 'calendar']);
    expect(eventViews({ roles: ['event-reviewer', 'event-decider'], source: 'admin' })).toEqual([
      'requests',
      'calendar',
    ]);
  });

  it('gives a service advisor only the requests', () => {
    expect(eventViews({ roles: ['service-advisor'], source: 'admin' })).toEqual(['requests']);
    expect(eventViews(undefined)).toEqual(['requests']);
  });
});
