import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { problemSchema } from '../problems/problem.ts';
import { householdSchema } from './household-schemas.ts';

const address = { street: 'Rue Léopold', number: '12', postalCode: '4000', city: 'Liège' };
const lou = { firstName: 'Lou', lastName: 'Parent', birthDate: '2018-05-14' };

describe('my household and children: bad input', () => {
  let kit: AuthTestKit;
  let citizen: CitizenSession;
  const send = (path: string, method: string, body: string, token = citizen.token) =>
    kit.platform.app.request(`/v1/tenants/liege/me${path}`, {
      method,
      headers: { ...kit.withBearer(token), 'content-type': 'application/json' },
      body,
    });
  const post = (path: string, body: unknown, method = 'POST') => send(path, method, JSON.stringify(body));
  const problemOf = async (res: Response) => {
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    return problemSchema.parse(await res.json());
  };
  const fieldCodes = async (res: Response) => {
    expect(res.status).toBe(400);
    const problem = await problemOf(res);
    return problem.errors?.map((e) => [e.path, e.code]);
  };
  const childCount = async () =>
    householdSchema.parse(
      await (
        await kit.platform.app.request('/v1/tenants/liege/me/household', {
          headers: kit.withBearer(citizen.token),
        })
      ).json(),
    ).children.length;

  beforeAll(async () => {
    kit = await startAuthTestKit();
    citizen = await createCitizenSession(kit.owner.db, 'errors@example.be');
  });
  afterAll(() => kit.close());

  it('refuses a child before there is a household (409)', async () => {
    const res = await post('/children', lou);
    expect(res.status).toBe(409);
    expect((await problemOf(res)).code).toBe('household_required');
  });

  it('refuses a Belgian address with a bad postal code or phone, saving nothing', async () => {
    const res = await post('/household', { ...address, postalCode: '400', phone: '12' }, 'PUT');
    expect(await fieldCodes(res)).toEqual([
      ['postalCode', 'postal_code_format'],
      ['phone', 'phone_invalid'],
    ]);
    const after = await kit.platform.app.request('/v1/tenants/liege/me/household', {
      headers: kit.withBearer(citizen.token),
    });
    expect(after.status).toBe(404);
  });

  it('refuses a country that is not an ISO code', async () => {
    const res = await post('/household', { ...address, country: 'Belgium' }, 'PUT');
    expect(await fieldCodes(res)).toEqual([['country', 'invalid_format']]);
  });

  it('refuses a NISS with a wrong checksum', async () => {
    expect((await post('/household', address, 'PUT')).status).toBe(200);
    const res = await post('/children', { ...lou, niss: '18.05.14-123.94' });
    expect(await fieldCodes(res)).toEqual([['niss', 'niss_checksum']]);
    expect(await childCount()).toBe(0);
  });

  it('refuses a NISS that encodes another birth date', async () => {
    const res = await post('/children', { ...lou, birthDate: '2018-05-15', niss: '18051412393' });
    expect(await fieldCodes(res)).toEqual([['niss', 'niss_birth_date_mismatch']]);
    expect(await childCount()).toBe(0);
  });

  it('refuses a birth date in the future or more than 25 years ago', async () => {
    expect(await fieldCodes(await post('/children', { ...lou, birthDate: '2999-01-01' }))).toEqual([
      ['birthDate', 'birth_date_in_future'],
    ]);
    expect(await fieldCodes(await post('/children', { ...lou, birthDate: '1990-01-01' }))).toEqual([
      ['birthDate', 'birth_date_too_old'],
    ]);
    expect(await fieldCodes(await post('/children', { ...lou, birthDate: '2018-02-30' }))).toEqual([
      ['birthDate', 'invalid_format'],
    ]);
    expect(await childCount()).toBe(0);
  });

  it('refuses unknown fields', async () => {
    expect(await fieldCodes(await post('/children', { ...lou, householdId: 'x' }))).toEqual([
      ['householdId', 'unknown_field'],
    ]);
    expect(
      await fieldCodes(await post('/household', { ...address, residency: 'declared_resident' }, 'PUT')),
    ).toEqual([['residency', 'unknown_field']]);
  });

  it('refuses malformed JSON', async () => {
    const res = await send('/children', 'POST', '{"firstName": "Lou",');
    expect(res.status).toBe(400);
    expect((await problemOf(res)).code).toBe('malformed_body');
  });

  it('leaves a child unchanged when a correction is not valid', async () => {
    const created = await post('/children', lou);
    const { id } = (await created.json()) as { id: string };
    const res = await post(
      `/children/${id}`,
      { firstName: 'Louise', niss: '18051412393', birthDate: '2018-05-16' },
      'PATCH',
    );
    expect(await fieldCodes(res)).toEqual([['niss', 'niss_birth_date_mismatch']]);
    const household = householdSchema.parse(
      await (
        await kit.platform.app.request('/v1/tenants/liege/me/household', {
          headers: kit.withBearer(citizen.token),
        })
      ).json(),
    );
    expect(household.children).toEqual([{ id, ...lou, niss: null }]);
  });

  it('answers 401 without a session, or with an unknown one', async () => {
    for (const path of ['/household', '/export']) {
      const res = await kit.platform.app.request(`/v1/tenants/liege/me${path}`);
      expect(res.status, path).toBe(401);
      expect((await problemOf(res)).code).toBe('unauthorized');
    }
    const res = await send('/children', 'POST', JSON.stringify(lou), 'not-a-session');
    expect(res.status).toBe(401);
  });

  it('answers 404 for an unknown commune', async () => {
    const res = await kit.platform.app.request('/v1/tenants/nowhere/me/household', {
      headers: kit.withBearer(citizen.token),
    });
    expect(res.status).toBe(404);
    expect((await problemOf(res)).code).toBe('tenant_not_found');
  });
});
