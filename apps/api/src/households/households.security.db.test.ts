import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { householdSchema, personalDataExportSchema } from './household-schemas.ts';

describe('my household and children: isolation', () => {
  let kit: AuthTestKit;
  let parent: CitizenSession;
  let neighbour: CitizenSession;
  let liegeChildId: string;
  let herstalChildId: string;

  const call = (
    session: CitizenSession,
    tenant: string,
    path: string,
    init: { method?: string; body?: unknown } = {},
  ) =>
    kit.platform.app.request(`/v1/tenants/${tenant}/me${path}`, {
      method: init.method ?? 'GET',
      headers: { ...kit.withBearer(session.token), 'content-type': 'application/json' },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  const householdOf = async (session: CitizenSession, tenant: string) =>
    householdSchema.parse(await (await call(session, tenant, '/household')).json());

  beforeAll(async () => {
    kit = await startAuthTestKit();
    parent = await createCitizenSession(kit.owner.db, 'two-communes@example.be');
    neighbour = await createCitizenSession(kit.owner.db, 'neighbour@example.be');
    const address = { street: 'Rue Haute', number: '1', postalCode: '4040', city: 'Herstal' };
    for (const tenant of ['liege', 'herstal']) {
      expect((await call(parent, tenant, '/household', { method: 'PUT', body: address })).status).toBe(200);
    }
    expect((await call(neighbour, 'liege', '/household', { method: 'PUT', body: address })).status).toBe(200);
    const child = async (tenant: string, firstName: string) => {
      const res = await call(parent, tenant, '/children', {
        method: 'POST',
        body: { firstName, lastName: 'Parent', birthDate: '2017-03-02' },
      });
      return ((await res.json()) as { id: string }).id;
    };
    liegeChildId = await child('liege', 'Lou');
    herstalChildId = await child('herstal', 'Noa');
  });
  afterAll(() => kit.close());

  it('keeps one household per commune for the same person, residency judged by each commune', async () => {
    const liege = await householdOf(parent, 'liege');
    const herstal = await householdOf(parent, 'herstal');
    expect(liege.id).not.toBe(herstal.id);
    expect(liege.residency).toBe('declared_non_resident');
    expect(herstal.residency).toBe('declared_resident');
    expect(liege.children.map((c) => c.id)).toEqual([liegeChildId]);
    expect(herstal.children.map((c) => c.id)).toEqual([herstalChildId]);
  });

  it('answers 404 for another commune’s child id and changes nothing', async () => {
    const patch = await call(parent, 'liege', `/children/${herstalChildId}`, {
      method: 'PATCH',
      body: { firstName: 'Stolen' },
    });
    expect(patch.status).toBe(404);
    expect(await patch.json()).toMatchObject({ code: 'child_not_found' });
    const remove = await call(parent, 'liege', `/children/${herstalChildId}`, { method: 'DELETE' });
    expect(remove.status).toBe(404);
    expect((await householdOf(parent, 'herstal')).children).toMatchObject([
      { id: herstalChildId, firstName: 'Noa' },
    ]);
  });

  it('answers 404 for another household’s child in the same commune and changes nothing', async () => {
    const patch = await call(neighbour, 'liege', `/children/${liegeChildId}`, {
      method: 'PATCH',
      body: { lastName: 'Other' },
    });
    expect(patch.status).toBe(404);
    expect((await call(neighbour, 'liege', `/children/${liegeChildId}`, { method: 'DELETE' })).status).toBe(
      404,
    );
    expect((await householdOf(neighbour, 'liege')).children).toEqual([]);
    expect((await householdOf(parent, 'liege')).children).toMatchObject([
      { id: liegeChildId, lastName: 'Parent' },
    ]);
  });

  it('exports only what the asked commune holds', async () => {
    const res = await call(parent, 'herstal', '/export');
    const data = personalDataExportSchema.parse(await res.json());
    expect(data.commune).toBe('herstal');
    expect(data.household?.children.map((c) => c.id)).toEqual([herstalChildId]);
    expect(JSON.stringify(data)).not.toContain(liegeChildId);
  });

  it('shows the application role nothing of these tables without a commune set', async () => {
    const app = postgres(kit.platform.database.appUrl, { max: 1, onnotice: () => {} });
    try {
      for (const table of ['households', 'household_members', 'children', 'child_households']) {
        const [row] = await app<{ n: number }[]>`select count(*)::int as n from ${app(table)}`;
        expect(row?.n, table).toBe(0);
      }
    } finally {
      await app.end();
    }
  });
});
