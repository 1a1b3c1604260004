import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from './testing/auth-test-kit.ts';
import { startAuthTestKit } from './testing/auth-test-kit.ts';

describe('citizen sign-in with an e-mailed code', () => {
  let kit: AuthTestKit;
  beforeAll(async () => {
    kit = await startAuthTestKit();
  });
  afterAll(async () => {
    await kit.close();
  });

  it('mails a code branded for the commune, in the language asked', async () => {
    const res = await kit.sendCode('anne@example.be', { tenant: 'liege', lang: 'nl-BE' });
    expect(res.status).toBe(200);
    const [mail] = await kit.mailbox.list();
    expect(mail?.message.to).toBe('anne@example.be');
    expect(mail?.message.from).toContain('Luik');
    expect(mail?.message.subject).toContain('Luik');
    expect(mail?.message.tags).toContainEqual({ name: 'tenant', value: 'liege' });
  });

  it('trades the code for a bearer token that reads the session', async () => {
    const code = await kit.codeMailedTo('anne@example.be');
    const res = await kit.signIn('anne@example.be', code);
    expect(res.status).toBe(200);
    const token = res.headers.get('set-auth-token');
    expect(token).toBeTruthy();
    const session = await kit.platform.app.request('/api/auth/get-session', {
      headers: kit.withBearer(token ?? ''),
    });
    expect(session.status).toBe(200);
    const body = (await session.json()) as { user: { email: string; emailVerified: boolean } };
    expect(body.user).toMatchObject({ email: 'anne@example.be', emailVerified: true });
  });

  it('stores the code hashed, the session for 12 hours and without any address', async () => {
    await kit.sendCode('bert@example.be');
    const code = await kit.codeMailedTo('bert@example.be');
    const [stored] = await kit.owner.sql`
      select value from verifications where identifier = 'sign-in-otp-bert@example.be'`;
    expect(String(stored?.value)).not.toContain(code);
    await kit.signIn('bert@example.be', code);
    const [session] = await kit.owner.sql`
      select s.ip_address, s.user_agent, extract(epoch from s.expires_at - now()) as seconds
      from sessions s join users u on u.id = s.user_id where u.email = 'bert@example.be'`;
    expect(session).toMatchObject({ ip_address: null, user_agent: null });
    expect(Number(session?.seconds)).toBeGreaterThan(12 * 3600 - 60);
    expect(Number(session?.seconds)).toBeLessThanOrEqual(12 * 3600);
  });

  it('signs one device out, and every device out', async () => {
    await kit.sendCode('carla@example.be');
    const first = (
      await kit.signIn('carla@example.be', await kit.codeMailedTo('carla@example.be'))
    ).headers.get('set-auth-token');
    const signOut = await kit.platform.app.request('/api/auth/sign-out', {
      method: 'POST',
      headers: kit.withBearer(first ?? ''),
    });
    expect(signOut.status).toBe(200);
    const after = await kit.platform.app.request('/api/auth/get-session', {
      headers: kit.withBearer(first ?? ''),
    });
    expect(await after.json()).toBeNull();

    const tokens: string[] = [];
    for (const ip of ['198.51.100.7', '198.51.100.8']) {
      await kit.sendCode('carla@example.be', { ip });
      const res = await kit.signIn('carla@example.be', await kit.codeMailedTo('carla@example.be'), { ip });
      tokens.push(res.headers.get('set-auth-token') ?? '');
    }
    const everywhere = await kit.platform.app.request('/api/auth/revoke-sessions', {
      method: 'POST',
      headers: kit.withBearer(tokens[0] ?? ''),
    });
    expect(everywhere.status).toBe(200);
    for (const token of tokens) {
      const res = await kit.platform.app.request('/api/auth/get-session', { headers: kit.withBearer(token) });
      expect(await res.json()).toBeNull();
    }
  });
});
