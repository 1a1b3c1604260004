import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { DEMO_ORIGIN, startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { householdSchema } from '../households/household-schemas.ts';

describe('asking a commune to erase my data: isolation', () => {
  let kit: AuthTestKit;
  let parent: CitizenSession;
  let neighbour: CitizenSession;
  const households = new Map<string, string>();

  const call = (session: CitizenSession, tenant: string, path: string, init: RequestInit = {}) =>
    kit.platform.app.request(`/v1/tenants/${tenant}/me${path}`, {
      ...init,
      headers: { ...kit.withBearer(session.token), 'content-type': 'application/json', ...init.headers },
    });
  const ask = (session: CitizenSession, tenant: string, headers: Record<string, string> = {}) =>
    call(session, tenant, '/erasure-request', { method: 'POST', headers });
  const mails = async () => (await kit.mailbox.list()).map((m) => m.message);

  beforeAll(async () => {
    kit = await startAuthTestKit();
    parent = await createCitizenSession(kit.owner.db, 'both.communes@example.be');
    neighbour = await createCitizenSession(kit.owner.db, 'neighbour@example.be');
    const address = { street: 'Rue Haute', number: '1', postalCode: '4040', city: 'Herstal' };
    for (const tenant of ['liege', 'herstal']) {
      const res = await call(parent, tenant, '/household', { method: 'PUT', body: JSON.stringify(address) });
      households.set(tenant, householdSchema.parse(await res.json()).id);
    }
  });
  afterAll(() => kit.close());

  it('tells each commune only what it holds, to its own officer', async () => {
    expect((await ask(parent, 'liege')).status).toBe(202);
    expect((await ask(parent, 'herstal')).status).toBe(202);
    const toOfficers = (await mails()).filter((m) => m.to !== 'both.communes@example.be');
    expect(toOfficers.map((m) => m.to).sort()).toEqual(['dpo@herstal.be', 'dpo@liege.be']);
    const liege = toOfficers.find((m) => m.to === 'dpo@liege.be');
    const herstal = toOfficers.find((m) => m.to === 'dpo@herstal.be');
    expect(liege?.text).toContain(households.get('liege'));
    expect(liege?.text).not.toContain(households.get('herstal'));
    expect(herstal?.text).toContain(households.get('herstal'));
    expect(herstal?.text).not.toContain(households.get('liege'));
  });

  it('limits each person on their own: my request does not block my neighbour’s', async () => {
    expect((await ask(parent, 'liege')).status).toBe(429);
    expect((await ask(neighbour, 'liege')).status).toBe(202);
  });

  it('refuses a website that may not embed the commune, and mails nothing', async () => {
    const before = (await mails()).length;
    const res = await ask(neighbour, 'charleroi', { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'origin_not_allowed' });
    expect((await mails()).length).toBe(before);
  });

  it('lets an embedding website read the answer (CORS), from the commune’s allowed origins', async () => {
    const res = await ask(neighbour, 'charleroi', { origin: DEMO_ORIGIN });
    expect(res.status).toBe(202);
    expect(res.headers.get('access-control-allow-origin')).toBe(DEMO_ORIGIN);
  });
});
