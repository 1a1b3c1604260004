import { createHash, randomBytes } from 'node:crypto';

/** The SHA-256 kept of a mailed token: a leaked table gives no working link. */
export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** 256 random bits, 43 base64url characters: the secret of one invitation link. */
export function newInvitationToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashInvitationToken(token) };
}
