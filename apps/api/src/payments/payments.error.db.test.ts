import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResendTestKit } from '../auth/testing/auth-test-kit.ts';
import { startResendTestKit } from '../auth/testing/auth-test-kit.ts';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import { invoicedSeat, paymentState } from './testing/invoiced-seat.ts';
import { adminRequest, staffOf } from './testing/payment-fixtures.ts';

describe('stage invoices: bad requests write nothing', () => {
  let kit: ResendTestKit;
  let owner: postgres.Sql;
  let manager: StaffSession;
  const pay = (invoiceId: string) =>
    adminRequest(kit, `/v1/admin/tenants/liege/invoices/${invoiceId}/payment`, manager.cookie, 'POST');

  beforeAll(async () => {
    kit = await startResendTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 2, onnotice: () => {} });
    manager = await staffOf(kit, 'manager@liege.example.be', 'liege', ['stage-manager']);
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('refuses to mark an invoice paid twice (409 invoice_not_open)', async () => {
    const { invoiceId } = await invoicedSeat(kit, owner, 'e1');
    expect((await pay(invoiceId)).status).toBe(200);
    const before = await paymentState(owner);
    const res = await pay(invoiceId);
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ code: 'invoice_not_open' });
    expect(await paymentState(owner)).toEqual(before);
  });

  it('answers 404 for an unknown invoice and 400 for a malformed id or status', async () => {
    const before = await paymentState(owner);
    const unknown = await pay('00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'invoice_not_found' });
    expect((await pay('not-a-uuid')).status).toBe(400);
    const status = await adminRequest(kit, '/v1/admin/tenants/liege/invoices?status=unpaid', manager.cookie);
    expect(status.status).toBe(400);
    expect(status.headers.get('content-type')).toContain('application/problem+json');
    expect(await paymentState(owner)).toEqual(before);
  });
});
