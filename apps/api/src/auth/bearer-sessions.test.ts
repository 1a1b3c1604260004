import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sessionToken } from './bearer-sessions.ts';

const secret = 'a-test-secret-of-enough-length-for-hmac';
const signature = (token: string, encoding: 'base64' | 'base64url') =>
  createHmac('sha256', secret).update(token).digest(encoding);

describe('sessionToken', () => {
  it('takes a bare token as it is, as better-auth’s bearer plugin does', () => {
    expect(sessionToken('Bearer abc123', secret)).toBe('abc123');
    expect(sessionToken('bearer   abc123  ', secret)).toBe('abc123');
  });

  it('takes a signed token only when its signature is the secret’s, in either base64 alphabet', () => {
    expect(sessionToken(`Bearer abc123.${signature('abc123', 'base64')}`, secret)).toBe('abc123');
    expect(sessionToken(`Bearer abc123.${signature('abc123', 'base64url')}`, secret)).toBe('abc123');
    const encoded = encodeURIComponent(`abc123.${signature('abc123', 'base64')}`);
    expect(sessionToken(`Bearer ${encoded}`, secret)).toBe('abc123');
    expect(sessionToken(`Bearer abc123.${signature('other', 'base64')}`, secret)).toBeUndefined();
    expect(sessionToken('Bearer abc123.bm90LWEtc2lnbmF0dXJl', secret)).toBeUndefined();
  });

  it('finds no token in anything but a bearer header', () => {
    for (const header of [undefined, '', 'Bearer', 'Bearer ', 'Basic YTpi', 'Bearer a b', 'Bearer a.b.c'])
      expect(sessionToken(header, secret)).toBeUndefined();
  });
});
