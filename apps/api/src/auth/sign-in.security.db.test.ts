import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../problems/problem.ts';
import { requireCitizen } from './require-citizen.ts';
import type { AuthTestKit } from './testing/auth-test-kit.ts';
import { DEMO_ORIGIN, startAuthTestKit } from './testing/auth-test-kit.ts';
import { createCitizenSession } from './testing/create-citizen-session.ts';

async function problemOf(res: Response) {
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  return problemSchema.parse(await res.json());
}

describe('citizen sign-in protections', () => {
  let kit: AuthTestKit;
  beforeAll(async () => {
    kit = await startAuthTestKit({ AUTH_CODE_SENDS_PER_IP: '4', AUTH_CODE_SENDS_PER_ADDRESS: '3' });
    kit.platform.app.get('/v1/citizen-probe', requireCitizen(kit.platform.platform.auth), (c) =>
      c.json(c.var.citizen),
    );
  });
  afterAll(async () => {
    await kit.close();
  });

  describe('CORS', () => {
    it('refuses an origin no commune embeds from, preflight included', async () => {
      const preflight = await kit.platform.app.request('/api/auth/sign-in/email-otp', {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(preflight.status).toBe(403);
      expect((await problemOf(preflight)).code).toBe('origin_not_allowed');
      const post = await kit.platform.app.request('/api/auth/get-session', {
        headers: { origin: 'https://evil.example' },
      });
      expect(post.status).toBe(403);
      expect(post.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('answers the preflight of a commune’s site and lets it read the token header', async () => {
      const preflight = await kit.platform.app.request('/api/auth/sign-in/email-otp', {
        method: 'OPTIONS',
        headers: { origin: 'https://www.liege.be', 'access-control-request-method': 'POST' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('https://www.liege.be');
      expect(preflight.headers.get('access-control-allow-headers')).toContain('X-Communa-Tenant');
      const session = await kit.platform.app.request('/api/auth/get-session', {
        headers: { origin: DEMO_ORIGIN },
      });
      expect(session.status).toBe(200);
      expect(session.headers.get('access-control-allow-origin')).toBe(DEMO_ORIGIN);
      expect(session.headers.get('access-control-expose-headers')).toContain('set-auth-token');
    });
  });

  describe('limits', () => {
    it('sends only so many codes to one address, whatever the sender', async () => {
      for (const ip of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
        expect((await kit.sendCode('mia@example.be', { ip })).status).toBe(200);
      }
      const over = await kit.sendCode('mia@example.be', { ip: '203.0.113.4' });
      expect(over.status).toBe(429);
      expect((await problemOf(over)).code).toBe('rate_limited');
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    });

    it('sends only so many codes from one IP address', async () => {
      for (const email of ['n1@example.be', 'n2@example.be', 'n3@example.be', 'n4@example.be']) {
        expect((await kit.sendCode(email, { ip: '203.0.113.50' })).status).toBe(200);
      }
      const over = await kit.sendCode('n5@example.be', { ip: '203.0.113.50' });
      expect(over.status).toBe(429);
      expect((await problemOf(over)).code).toBe('rate_limited');
      expect((await kit.sendCode('n5@example.be', { ip: '203.0.113.51' })).status).toBe(200);
    });
  });

  describe('requireCitizen', () => {
    it('answers 401 without a token', async () => {
      const res = await kit.platform.app.request('/v1/citizen-probe');
      expect(res.status).toBe(401);
      expect((await problemOf(res)).code).toBe('unauthorized');
    });

    it('answers 401 with a made-up or malformed token', async () => {
      for (const token of ['made-up-token', 'abc.def', '']) {
        const res = await kit.platform.app.request('/v1/citizen-probe', { headers: kit.withBearer(token) });
        expect(res.status).toBe(401);
      }
    });

    it('gives the route the signed-in person', async () => {
      const { token, userId } = await createCitizenSession(kit.owner.db, 'olga@example.be', {
        name: 'Olga',
        language: 'nl',
      });
      const res = await kit.platform.app.request('/v1/citizen-probe', { headers: kit.withBearer(token) });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ userId, email: 'olga@example.be', name: 'Olga', language: 'nl' });
    });

    it('answers 401 once the session has gone 12 hours unused', async () => {
      const { token } = await createCitizenSession(kit.owner.db, 'piet@example.be');
      await kit.owner
        .sql`update sessions set expires_at = now() - interval '1 second' where token = ${token}`;
      const res = await kit.platform.app.request('/v1/citizen-probe', { headers: kit.withBearer(token) });
      expect(res.status).toBe(401);
    });

    it('extends the session on use', async () => {
      const { token } = await createCitizenSession(kit.owner.db, 'quinten@example.be');
      await kit.owner.sql`
        update sessions set expires_at = now() + interval '1 hour', updated_at = now() - interval '11 hours'
        where token = ${token}`;
      expect(
        (await kit.platform.app.request('/v1/citizen-probe', { headers: kit.withBearer(token) })).status,
      ).toBe(200);
      const [row] = await kit.owner.sql`
        select extract(epoch from expires_at - now()) as seconds from sessions where token = ${token}`;
      expect(Number(row?.seconds)).toBeGreaterThan(12 * 3600 - 60);
    });
  });
});

describe('routes citizens have no use for', () => {
  let kit: AuthTestKit;
  beforeAll(async () => {
    kit = await startAuthTestKit();
  });
  afterAll(async () => {
    await kit.close();
  });

  it('are switched off, so no code is mailed or checked around the send guard', async () => {
    for (const route of ['/email-otp/request-password-reset', '/email-otp/check-verification-otp']) {
      const res = await kit.platform.app.request(`/api/auth${route}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-communa-tenant': 'liege' },
        body: JSON.stringify({ email: 'rik@example.be', type: 'sign-in', otp: '123456' }),
      });
      expect(res.status, route).toBe(404);
      expect((await problemOf(res)).code).toBe('not_found');
    }
    expect(await kit.mailbox.list()).toHaveLength(0);
  });
});

describe('what sign-in leaves behind', () => {
  const lines: string[] = [];
  let kit: AuthTestKit;
  beforeAll(async () => {
    const logger = pino({ level: 'trace' }, { write: (line: string) => lines.push(line) });
    kit = await startAuthTestKit({}, logger);
  });
  afterAll(async () => {
    await kit.close();
  });

  it('accepts a commune’s own site as the caller, and logs no client address', async () => {
    const ip = '192.0.2.199';
    const sent = await kit.platform.app.request('/api/auth/email-otp/send-verification-otp', {
      method: 'POST',
      headers: {
        origin: 'https://www.liege.be',
        'content-type': 'application/json',
        'x-communa-tenant': 'liege',
        'x-forwarded-for': ip,
      },
      body: JSON.stringify({ email: 'sofie@example.be', type: 'sign-in' }),
    });
    expect(sent.status).toBe(200);
    const signedIn = await kit.signIn('sofie@example.be', await kit.codeMailedTo('sofie@example.be'), { ip });
    expect(signedIn.status).toBe(200);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain(ip);
  });
});
