import { describe, expect, it } from 'vitest';
import { erasureMarkerIdentifier, erasureRecipient, secondsUntil } from './erasure-rules.ts';

describe('erasure request rules', () => {
  it('keeps one marker per commune and person', () => {
    expect(erasureMarkerIdentifier('t1', 'u1')).toBe('erasure-request:t1:u1');
    expect(erasureMarkerIdentifier('t2', 'u1')).not.toBe(erasureMarkerIdentifier('t1', 'u1'));
  });

  it('writes to the data protection officer, else to the commune’s contact address', () => {
    expect(erasureRecipient({ dpoEmail: 'dpo@liege.be', contactEmail: 'info@liege.be' })).toBe(
      'dpo@liege.be',
    );
    expect(erasureRecipient({ dpoEmail: ' ', contactEmail: 'info@liege.be' })).toBe('info@liege.be');
    expect(erasureRecipient({ dpoEmail: null, contactEmail: 'info@liege.be' })).toBe('info@liege.be');
  });

  it('rounds the wait up to whole seconds, never below one', () => {
    const now = new Date('2026-07-01T08:00:00.000Z');
    expect(secondsUntil(new Date('2026-07-01T08:00:01.200Z'), now)).toBe(2);
    expect(secondsUntil(new Date('2026-07-01T07:00:00.000Z'), now)).toBe(1);
  });
});
