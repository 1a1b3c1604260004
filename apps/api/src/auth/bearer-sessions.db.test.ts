import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BearerSessions } from './bearer-sessions.ts';
import type { AuthTestKit } from './testing/auth-test-kit.ts';
import { startAuthTestKit } from './testing/auth-test-kit.ts';

// Sessions of requests that arrive together are read in one query: each must still get its own.
describe('bearer sessions read together', () => {
  let kit: AuthTestKit;
  let sessions: BearerSessions;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    kit = await startAuthTestKit();
    sessions = kit.platform.platform.auth.bearerSessions;
    for (const email of ['dora@example.be', 'emil@example.be', 'fanny@example.be']) {
      await kit.sendCode(email);
      const res = await kit.signIn(email, await kit.codeMailedTo(email));
      tokens.set(email, res.headers.get('set-auth-token') ?? '');
    }
  });
  afterAll(async () => {
    await kit.close();
  });

  it('gives each of several requests at once its own person, and none to an unknown token', async () => {
    const emails = [...tokens.keys()];
    const people = await Promise.all([
      ...emails.map((email) => sessions.citizenOf(`Bearer ${tokens.get(email)}`)),
      sessions.citizenOf('Bearer not-a-session'),
    ]);
    expect(people.map((person) => person?.email)).toEqual([...emails, undefined]);
  });

  it('refuses a session signed out, on the very next request', async () => {
    const token = tokens.get('emil@example.be') ?? '';
    expect((await sessions.citizenOf(`Bearer ${token}`))?.email).toBe('emil@example.be');
    const signOut = await kit.platform.app.request('/api/auth/sign-out', {
      method: 'POST',
      headers: kit.withBearer(token),
    });
    expect(signOut.status).toBe(200);
    const [gone, kept] = await Promise.all([
      sessions.citizenOf(`Bearer ${token}`),
      sessions.citizenOf(`Bearer ${tokens.get('dora@example.be')}`),
    ]);
    expect(gone).toBeUndefined();
    expect(kept?.email).toBe('dora@example.be');
  });
});
