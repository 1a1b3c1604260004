import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResendTestKit } from '../auth/testing/auth-test-kit.ts';
import { startResendTestKit } from '../auth/testing/auth-test-kit.ts';
import { createFamilies } from '../stages/testing/enrolment-fixtures.ts';
import { callAs } from '../stages/testing/offer-fixtures.ts';
import { myInvoicesSchema } from './payment-schemas.ts';
import { invoicedSeat, paymentState } from './testing/invoiced-seat.ts';
import { adminRequest, staffOf } from './testing/payment-fixtures.ts';

describe('stage invoices: who may see and pay them', () => {
  let kit: ResendTestKit;
  let owner: postgres.Sql;
  let invoiceId: string;

  beforeAll(async () => {
    kit = await startResendTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 2, onnotice: () => {} });
    ({ invoiceId } = await invoicedSeat(kit, owner, 's1'));
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  const payPath = () => `/v1/admin/tenants/liege/invoices/${invoiceId}/payment`;

  it('lets only admin and stage-manager mark paid: an animator is refused, nothing written', async () => {
    const animator = await staffOf(kit, 'animator@liege.example.be', 'liege', ['animator']);
    const before = await paymentState(owner);
    expect((await adminRequest(kit, payPath(), animator.cookie, 'POST')).status).toBe(403);
    expect((await adminRequest(kit, '/v1/admin/tenants/liege/invoices', animator.cookie)).status).toBe(403);
    expect(await paymentState(owner)).toEqual(before);
  });

  it('refuses a bearer token, no session and another origin on the staff routes', async () => {
    const manager = await staffOf(kit, 'manager@liege.example.be', 'liege', ['stage-manager']);
    const [family] = await createFamilies(owner, {
      tenant: 'liege',
      count: 1,
      birthDate: '2020-03-01',
      prefix: 's2',
    });
    const before = await paymentState(owner);
    const bearer = await kit.platform.app.request(payPath(), {
      method: 'POST',
      headers: kit.withBearer(family?.token ?? ''),
    });
    expect(bearer.status).toBe(401);
    expect((await kit.platform.app.request(payPath(), { method: 'POST' })).status).toBe(401);
    const crossSite = await kit.platform.app.request(payPath(), {
      method: 'POST',
      headers: { cookie: manager.cookie, origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
    expect(await paymentState(owner)).toEqual(before);
  });

  it('answers 404 to staff of another commune, who see none of its invoices', async () => {
    const other = await staffOf(kit, 'manager@herstal.example.be', 'herstal', ['admin']);
    const before = await paymentState(owner);
    const res = await adminRequest(
      kit,
      `/v1/admin/tenants/herstal/invoices/${invoiceId}/payment`,
      other.cookie,
      'POST',
    );
    expect(res.status).toBe(404);
    expect((await adminRequest(kit, payPath(), other.cookie, 'POST')).status).toBe(404);
    const list = await adminRequest(kit, '/v1/admin/tenants/herstal/invoices', other.cookie);
    expect(await list.text()).not.toContain(invoiceId);
    expect(await paymentState(owner)).toEqual(before);
  });

  it('shows a family only its own household’s invoices', async () => {
    const [stranger] = await createFamilies(owner, {
      tenant: 'liege',
      count: 1,
      birthDate: '2020-03-01',
      prefix: 's3',
    });
    if (!stranger) throw new Error('family missing');
    const res = await callAs(kit)(stranger, '/invoices');
    expect(res.status).toBe(200);
    expect(myInvoicesSchema.parse(await res.json()).invoices).toEqual([]);
    expect((await kit.platform.app.request('/v1/tenants/liege/me/invoices')).status).toBe(401);
  });
});
