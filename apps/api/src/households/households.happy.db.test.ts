import { children, withTenant } from '@communa/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { householdSchema, personalDataExportSchema } from './household-schemas.ts';

const address = {
  street: 'Rue Léopold',
  number: '12',
  box: 'B3',
  postalCode: '4000',
  city: 'Liège',
  phone: '04 123 45 67',
};

describe('my household and children: happy paths', () => {
  let kit: AuthTestKit;
  let citizen: CitizenSession;
  const call = (path: string, init: { method?: string; body?: unknown } = {}) =>
    kit.platform.app.request(`/v1/tenants/liege/me${path}`, {
      method: init.method ?? 'GET',
      headers: { ...kit.withBearer(citizen.token), 'content-type': 'application/json' },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });

  beforeAll(async () => {
    kit = await startAuthTestKit();
    citizen = await createCitizenSession(kit.owner.db, 'parent@example.be', { name: 'Alex Parent' });
  });
  afterAll(() => kit.close());

  it('has no household before the address is given', async () => {
    const res = await call('/household');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'household_not_found' });
  });

  it('creates the household, declared resident from a Liège postal code, phone in E.164', async () => {
    const res = await call('/household', { method: 'PUT', body: address });
    expect(res.status).toBe(200);
    expect(householdSchema.parse(await res.json())).toMatchObject({
      street: 'Rue Léopold',
      box: 'B3',
      postalCode: '4000',
      country: 'BE',
      phone: '+3241234567',
      residency: 'declared_resident',
      residencyStatus: 'declared',
      children: [],
    });
  });

  it('keeps one household when the first save is sent twice at once', async () => {
    const other = await createCitizenSession(kit.owner.db, 'double-click@example.be');
    const save = () =>
      kit.platform.app.request('/v1/tenants/liege/me/household', {
        method: 'PUT',
        headers: { ...kit.withBearer(other.token), 'content-type': 'application/json' },
        body: JSON.stringify(address),
      });
    const answers = await Promise.all([save(), save()]);
    expect(answers.map((r) => r.status)).toEqual([200, 200]);
    const ids = await Promise.all(answers.map(async (r) => householdSchema.parse(await r.json()).id));
    expect(ids[0]).toBe(ids[1]);
  });

  it('adds two children and finds them after a reload', async () => {
    const first = await call('/children', {
      method: 'POST',
      body: { firstName: 'Lou', lastName: 'Parent', birthDate: '2018-05-14', niss: '18.05.14-123.93' },
    });
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ firstName: 'Lou', niss: '18051412393' });
    const second = await call('/children', {
      method: 'POST',
      body: { firstName: 'Noa', lastName: 'Parent', birthDate: '2020-02-29' },
    });
    expect(second.status).toBe(201);

    const reloaded = householdSchema.parse(await (await call('/household')).json());
    expect(reloaded.children.map((c) => [c.firstName, c.birthDate, c.niss])).toEqual([
      ['Lou', '2018-05-14', '18051412393'],
      ['Noa', '2020-02-29', null],
    ]);
  });

  it('updates the address to a foreign one, declared non-resident, children kept', async () => {
    const res = await call('/household', {
      method: 'PUT',
      body: { street: 'Hauptstraße', number: '5', postalCode: '52062', city: 'Aachen', country: 'DE' },
    });
    const household = householdSchema.parse(await res.json());
    expect(household).toMatchObject({
      country: 'DE',
      postalCode: '52062',
      residency: 'declared_non_resident',
    });
    expect(household.phone).toBeNull();
    expect(household.children).toHaveLength(2);
  });

  it('corrects a child and removes the NISS', async () => {
    const household = householdSchema.parse(await (await call('/household')).json());
    const lou = household.children.find((c) => c.firstName === 'Lou');
    const res = await call(`/children/${lou?.id}`, {
      method: 'PATCH',
      body: { firstName: 'Louise', niss: null },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ firstName: 'Louise', lastName: 'Parent', niss: null });
  });

  it('removes a child from the household and deletes its record', async () => {
    const household = householdSchema.parse(await (await call('/household')).json());
    const noa = household.children.find((c) => c.firstName === 'Noa');
    const res = await call(`/children/${noa?.id}`, { method: 'DELETE' });
    expect(res.status).toBe(204);
    const after = householdSchema.parse(await (await call('/household')).json());
    expect(after.children.map((c) => c.firstName)).toEqual(['Louise']);
    const liege = await kit.platform.platform.tenants.resolve('liege');
    const left = await withTenant(kit.owner.db, liege?.id ?? '', (tx) =>
      tx.select({ id: children.id }).from(children),
    );
    expect(left).toHaveLength(1);
  });

  it('exports what the commune holds about me as a download', async () => {
    const res = await call('/export');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="communa-liege-my-data.json"');
    const data = personalDataExportSchema.parse(await res.json());
    expect(data.commune).toBe('liege');
    expect(data.identity).toEqual({ email: 'parent@example.be', name: 'Alex Parent', language: null });
    expect(data.household?.children.map((c) => c.firstName)).toEqual(['Louise']);
  });

  it('keeps a confirmed residency when only the phone changes, and asks again after a move', async () => {
    const mover = await createCitizenSession(kit.owner.db, 'mover@example.be');
    const save = (body: unknown) =>
      kit.platform.app.request('/v1/tenants/liege/me/household', {
        method: 'PUT',
        headers: { ...kit.withBearer(mover.token), 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const home = { street: 'Rue Haute', number: '5', postalCode: '4000', city: 'Liège' };
    expect((await save(home)).status).toBe(200);
    await kit.owner.sql`update households set residency_status = 'confirmed'
      where id in (select household_id from household_members m join users u on u.id = m.user_id where u.email = 'mover@example.be')`;
    const phoneOnly = householdSchema.parse(await (await save({ ...home, phone: '04 222 33 44' })).json());
    expect(phoneOnly).toMatchObject({ residency: 'declared_resident', residencyStatus: 'confirmed' });
    const moved = householdSchema.parse(
      await (await save({ street: 'Rue de Namur', number: '1', postalCode: '5000', city: 'Namur' })).json(),
    );
    expect(moved).toMatchObject({ residency: 'declared_non_resident', residencyStatus: 'declared' });
  });
});
