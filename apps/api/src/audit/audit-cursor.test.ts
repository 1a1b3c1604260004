import { describe, expect, it } from 'vitest';
import { decodeAuditCursor, encodeAuditCursor } from './audit-events.ts';

describe('audit-log page cursor', () => {
  it('round-trips the instant and id of an event', () => {
    const cursor = { at: new Date('2026-07-01T09:00:00.123Z'), id: '6f1c3a5e-2b4d-4c8e-9a1f-0d2e3b4c5d6e' };
    expect(decodeAuditCursor(encodeAuditCursor(cursor))).toEqual(cursor);
  });

  it('refuses text it did not write', () => {
    expect(decodeAuditCursor('not-a-cursor')).toBeUndefined();
    expect(decodeAuditCursor(Buffer.from('yesterday|x').toString('base64url'))).toBeUndefined();
    expect(decodeAuditCursor('')).toBeUndefined();
  });
});
