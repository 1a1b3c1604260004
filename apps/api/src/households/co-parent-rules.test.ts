import { describe, expect, it } from 'vitest';
import { CO_PARENT_INVITATION_DAYS, invitationExpiry, isOpen, visibleStatus } from './co-parent-rules.ts';

describe('co-parent invitation rules', () => {
  const now = new Date('2026-07-01T10:00:00Z');

  it('expires a pending invitation after its date, and only a pending one', () => {
    const past = new Date('2026-06-30T10:00:00Z');
    const future = new Date('2026-07-02T10:00:00Z');
    expect(visibleStatus('pending', past, now)).toBe('expired');
    expect(visibleStatus('pending', future, now)).toBe('pending');
    expect(visibleStatus('accepted', past, now)).toBe('accepted');
    expect(isOpen('pending', future, now)).toBe(true);
    expect(isOpen('declined', future, now)).toBe(false);
    expect(isOpen('pending', now, now)).toBe(false);
  });

  it('gives the other parent two weeks', () => {
    const days = (invitationExpiry(now).getTime() - now.getTime()) / 86_400_000;
    expect(days).toBe(CO_PARENT_INVITATION_DAYS);
    expect(CO_PARENT_INVITATION_DAYS).toBe(14);
  });
});
