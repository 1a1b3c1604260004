import { describe, expect, it } from 'vitest';
import { canOpen, navItems } from './nav-items.ts';

describe('navItems', () => {
  it('gives an admin every item, services of later releases without a screen', () => {
    expect(navItems(['admin'])).toEqual([
      { key: 'overview', section: 'overview' },
      { key: 'families', section: 'families' },
      { key: 'stages', section: 'stages' },
      { key: 'payments', section: 'payments' },
      { key: 'event-requests', section: 'event-requests' },
      { key: 'forms', section: 'forms' },
      { key: 'staff', section: 'staff' },
      { key: 'audit-log', section: 'audit-log' },
    ]);
  });

  it('gives each role its own items', () => {
    expect(navItems(['stage-manager']).map((item) => item.key)).toEqual([
      'overview',
      'families',
      'stages',
      'payments',
    ]);
    expect(navItems(['form-agent']).map((item) => item.key)).toEqual(['overview', 'forms']);
    expect(navItems(['event-decider', 'animator']).map((item) => item.key)).toEqual([
      'overview',
      'stages',
      'event-requests',
    ]);
  });
});

describe('canOpen', () => {
  it('follows the menu', () => {
    expect(canOpen('staff', ['admin'])).toBe(true);
    expect(canOpen('staff', ['stage-manager'])).toBe(false);
    expect(canOpen('families', ['stage-manager'])).toBe(true);
    expect(canOpen('families', ['form-agent'])).toBe(false);
    expect(canOpen('overview', ['form-agent'])).toBe(true);
    expect(canOpen('forms', ['form-agent'])).toBe(true);
    expect(canOpen('forms', ['stage-manager'])).toBe(false);
    expect(canOpen('event-requests', ['service-advisor'])).toBe(true);
    expect(canOpen('event-requests', ['form-agent'])).toBe(false);
  });
});
