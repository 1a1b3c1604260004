import { describe, expect, it } from 'vitest';
import {
  hasPermission,
  leavesNoAdmin,
  needsSecondFactor,
  normalizeRoles,
  parseRoles,
} from './staff-roles.ts';

describe('staff roles', () => {
  it('reads better-auth’s comma-separated roles, dropping unknown names', () => {
    expect(parseRoles('animator, stage-manager,owner')).toEqual(['stage-manager', 'animator']);
    expect(parseRoles('')).toEqual([]);
    expect(parseRoles(null)).toEqual([]);
  });

  it('orders and deduplicates roles', () => {
    expect(normalizeRoles(['form-agent', 'admin', 'form-agent'])).toEqual(['admin', 'form-agent']);
  });

  it('grants staff management and the audit log to admins only', () => {
    expect(hasPermission(['admin'], 'staff:manage')).toBe(true);
    expect(hasPermission(['stage-manager', 'form-agent'], 'staff:manage')).toBe(false);
    expect(hasPermission(['event-decider'], 'audit:read')).toBe(false);
  });

  it('lets admins and stage managers read households, not animators or form agents', () => {
    expect(hasPermission(['stage-manager'], 'households:read')).toBe(true);
    expect(hasPermission(['animator', 'form-agent'], 'households:read')).toBe(false);
  });

  it('asks a second factor of roles that reach health data', () => {
    expect(needsSecondFactor(['form-agent', 'animator'])).toBe(true);
    expect(needsSecondFactor(['admin'])).toBe(true);
    expect(needsSecondFactor(['event-reviewer', 'service-advisor', 'form-agent'])).toBe(false);
    expect(needsSecondFactor([])).toBe(false);
  });

  it('keeps at least one admin in a commune', () => {
    const staff = [
      { id: 'a', role: 'admin' },
      { id: 'b', role: 'admin,form-agent' },
      { id: 'c', role: 'stage-manager' },
    ];
    expect(leavesNoAdmin(staff, 'a', [])).toBe(false);
    expect(leavesNoAdmin(staff.slice(0, 1), 'a', ['form-agent'])).toBe(true);
    expect(leavesNoAdmin(staff.slice(0, 1), 'a', [])).toBe(true);
    expect(
      leavesNoAdmin(
        [staff[0], staff[2]].filter((m) => m !== undefined),
        'c',
        ['admin'],
      ),
    ).toBe(false);
  });
});
