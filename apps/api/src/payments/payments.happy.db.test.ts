import { parseStructuredCommunication } from '@communa/forms';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResendTestKit } from '../auth/testing/auth-test-kit.ts';
import { startResendTestKit } from '../auth/testing/auth-test-kit.ts';
import { endDrawPeriod, makeDrawSession } from '../stages/testing/draw-fixtures.ts';
import type { Family } from '../stages/testing/enrolment-fixtures.ts';
import { createFamilies, openSessionNow } from '../stages/testing/enrolment-fixtures.ts';
import { callAs, enrolInTurn } from '../stages/testing/offer-fixtures.ts';
import { overdueAt } from './payment-rules.ts';
import { myInvoicesSchema, staffInvoiceSchema, staffInvoicesSchema } from './payment-schemas.ts';
import { adminRequest, dueJobAt, staffOf } from './testing/payment-fixtures.ts';

const DAY = 86_400_000;

describe('stage invoices', () => {
  let kit: ResendTestKit;
  let owner: postgres.Sql;
  let call: ReturnType<typeof callAs>;
  let prefix = 0;
  const families = (count: number) =>
    createFamilies(owner, { tenant: 'liege', count, birthDate: '2020-03-01', prefix: `p${++prefix}` });
  const invoicesOf = async (who: Family) =>
    myInvoicesSchema.parse(await (await call(who, '/invoices')).json()).invoices;
  const invoiceRows = (enrolmentId: string) =>
    owner<
      { id: string; status: string; dueOn: string; structuredCommunication: string; amountCents: number }[]
    >`
      select id, status, due_on::text as "dueOn", structured_communication as "structuredCommunication",
        amount_cents as "amountCents"
      from stage_invoices where enrolment_id = ${enrolmentId}`;

  beforeAll(async () => {
    kit = await startResendTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 2, onnotice: () => {} });
    call = callAs(kit);
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('invoices a confirmed seat, not a waitlist place, with its e-mail, QR code and due-date job', async () => {
    const sessionId = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-27-6-8-ans',
      capacity: 1,
    });
    const [seated, waiting] = await families(2);
    if (!seated || !waiting) throw new Error('families missing');
    const [confirmed, waitlisted] = await enrolInTurn(kit, sessionId, [seated, waiting]);
    if (!confirmed || !waitlisted) throw new Error('enrolments missing');

    const [invoice] = await invoiceRows(confirmed);
    expect(invoice).toMatchObject({ status: 'open', amountCents: 6500 });
    expect(await invoiceRows(waitlisted)).toEqual([]);
    expect(parseStructuredCommunication(invoice?.structuredCommunication ?? '').ok).toBe(true);
    const [job] = await owner<{ startAfter: Date }[]>`
      select start_after as "startAfter" from pgboss.job
      where name = 'stage-invoice-due' and data->>'invoiceId' = ${invoice?.id ?? ''}`;
    expect(job?.startAfter.getTime()).toBe(overdueAt(invoice?.dueOn ?? '').getTime());

    const listed = await invoicesOf(seated);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({
      enrolmentId: confirmed,
      amountCents: 6500,
      status: 'open',
      iban: 'BE36091017203381',
      bic: 'GKCCBEBB',
      beneficiary: 'Ville de Liège',
    });
    expect(listed[0]?.structuredCommunication).toMatch(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/);
    expect(listed[0]?.epc?.payload.split('\n')).toEqual([
      'BCD',
      '002',
      '1',
      'SCT',
      'GKCCBEBB',
      'Ville de Liège',
      'BE36091017203381',
      'EUR65.00',
      '',
      invoice?.structuredCommunication,
    ]);
    expect(listed[0]?.epc?.qr.path).toMatch(/^M\d+ \d+h1v1h-1z/);
    expect(await invoicesOf(waiting)).toEqual([]);

    const mails = () =>
      kit.resend.delivered.filter((m) => m.idempotencyKey === `stage-invoice/issued/${invoice?.id ?? ''}`);
    await expect.poll(() => mails().length, { timeout: 10_000 }).toBe(1);
    const [mail] = mails();
    expect(mail?.payload.text).toContain(listed[0]?.structuredCommunication);
    expect(mail?.payload.text).toContain('BE36 0910 1720 3381');
    const [png] = mail?.payload.attachments ?? [];
    expect(
      Buffer.from(png?.content ?? '', 'base64')
        .subarray(1, 4)
        .toString('ascii'),
    ).toBe('PNG');
  });

  it('reminds an unpaid invoice after its due date, then releases the seat to the waitlist', async () => {
    const sessionId = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-28-6-8-ans',
      capacity: 1,
    });
    const [late, next] = await families(2);
    if (!late || !next) throw new Error('families missing');
    const [confirmed, waitlisted] = await enrolInTurn(kit, sessionId, [late, next]);
    const [invoice] = await invoiceRows(confirmed ?? '');
    if (!invoice) throw new Error('no invoice');
    const overdue = overdueAt(invoice.dueOn);

    expect(await dueJobAt(kit, 'liege', invoice.id, new Date(overdue.getTime() - 60_000))).toBe('early');
    expect(await dueJobAt(kit, 'liege', invoice.id, new Date(overdue.getTime() + 60_000))).toBe('reminded');
    const [reminded] = await owner<{ reminderSentAt: Date | null }[]>`
      select reminder_sent_at as "reminderSentAt" from stage_invoices where id = ${invoice.id}`;
    expect(reminded?.reminderSentAt).not.toBeNull();
    await expect
      .poll(
        () => kit.resend.delivered.some((m) => m.idempotencyKey === `stage-invoice/reminder/${invoice.id}`),
        {
          timeout: 10_000,
        },
      )
      .toBe(true);

    expect(await dueJobAt(kit, 'liege', invoice.id, new Date(overdue.getTime() + 2 * DAY))).toBe('early');
    expect(await dueJobAt(kit, 'liege', invoice.id, new Date(overdue.getTime() + 9 * DAY))).toBe('released');
    expect((await invoiceRows(confirmed ?? ''))[0]?.status).toBe('released');
    const states = await owner<{ id: string; status: string; reason: string | null }[]>`
      select id, status, cancellation_reason as reason from stage_enrolments where session_id = ${sessionId}`;
    expect(states.find((s) => s.id === confirmed)).toMatchObject({ status: 'cancelled', reason: 'unpaid' });
    expect(states.find((s) => s.id === waitlisted)).toMatchObject({ status: 'offered' });
    // Run again (a retried job): nothing more happens.
    expect(await dueJobAt(kit, 'liege', invoice.id, new Date(overdue.getTime() + 10 * DAY))).toBe('settled');
  });

  it('staff mark an invoice paid (audited): no reminder follows, the family sees it paid', async () => {
    const sessionId = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-30-6-8-ans',
      capacity: 5,
    });
    const [payer] = await families(1);
    if (!payer) throw new Error('family missing');
    const [confirmed] = await enrolInTurn(kit, sessionId, [payer]);
    const [invoice] = await invoiceRows(confirmed ?? '');
    if (!invoice) throw new Error('no invoice');
    const manager = await staffOf(kit, 'cashier@liege.example.be', 'liege', ['stage-manager']);

    const open = staffInvoicesSchema.parse(
      await (await adminRequest(kit, '/v1/admin/tenants/liege/invoices?status=open', manager.cookie)).json(),
    );
    expect(open.invoices.map((i) => i.id)).toContain(invoice.id);

    const res = await adminRequest(
      kit,
      `/v1/admin/tenants/liege/invoices/${invoice.id}/payment`,
      manager.cookie,
      'POST',
    );
    expect(res.status, await res.clone().text()).toBe(200);
    const paid = staffInvoiceSchema.parse(await res.json());
    expect(paid.status).toBe('paid');
    expect(paid.paidAt).not.toBeNull();
    const [audit] = await owner<{ actorEmail: string; targetId: string }[]>`
      select actor_email as "actorEmail", target_id as "targetId" from audit_events
      where action = 'invoice.marked_paid' and target_id = ${invoice.id}`;
    expect(audit?.actorEmail).toBe('cashier@liege.example.be');

    expect(await dueJobAt(kit, 'liege', invoice.id, new Date(overdueAt(invoice.dueOn).getTime() + DAY))).toBe(
      'settled',
    );
    const [row] = await owner<{ reminderSentAt: Date | null }[]>`
      select reminder_sent_at as "reminderSentAt" from stage_invoices where id = ${invoice.id}`;
    expect(row?.reminderSentAt).toBeNull();
    expect((await invoicesOf(payer))[0]).toMatchObject({ status: 'paid', epc: null });
  });

  it('invoices the seats a draw confirms, not its waitlist places', async () => {
    const sessionId = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-28-9-12-ans',
      capacity: 1,
    });
    await makeDrawSession(owner, sessionId);
    const drawn = await createFamilies(owner, {
      tenant: 'liege',
      count: 2,
      birthDate: '2016-03-01',
      prefix: 'draw',
    });
    for (const family of drawn) {
      const res = await call(family, '/enrolments', {
        method: 'POST',
        body: { sessionId, childIds: [family.childId] },
      });
      expect(res.status).toBe(202);
    }
    await endDrawPeriod(owner, sessionId);
    expect(
      (await kit.platform.app.request(`/v1/tenants/liege/stage-sessions/${sessionId}/draws`)).status,
    ).toBe(200);
    const rows = await owner<{ status: string; invoices: number }[]>`
      select e.status, count(i.id)::int as invoices from stage_enrolments e
      left join stage_invoices i on i.enrolment_id = e.id
      where e.session_id = ${sessionId} group by e.id, e.status order by e.status`;
    expect(rows).toEqual([
      { status: 'confirmed', invoices: 1 },
      { status: 'waitlisted', invoices: 0 },
    ]);
  });

  it('cancels an open invoice when the seat is cancelled for free', async () => {
    const sessionId = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-27-6-8-ans',
      capacity: 10,
    });
    const [leaver] = await families(1);
    if (!leaver) throw new Error('family missing');
    const [confirmed] = await enrolInTurn(kit, sessionId, [leaver]);
    const res = await call(leaver, `/enrolments/${confirmed}/cancellation`, {
      method: 'POST',
      body: { reason: 'personal' },
    });
    expect(res.status).toBe(200);
    expect((await invoiceRows(confirmed ?? ''))[0]?.status).toBe('cancelled');
  });

  it('cancels an open invoice when staff cancel the seat', async () => {
    const sessionId = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-27-6-8-ans',
      capacity: 10,
    });
    const [family] = await families(1);
    if (!family) throw new Error('family missing');
    const [confirmed] = await enrolInTurn(kit, sessionId, [family]);
    const manager = await staffOf(kit, 'desk@liege.example.be', 'liege', ['stage-manager']);
    const res = await adminRequest(
      kit,
      `/v1/admin/tenants/liege/stage-sessions/${sessionId}/enrolments/${confirmed}/cancel`,
      manager.cookie,
      'POST',
    );
    expect(res.status, await res.clone().text()).toBe(200);
    expect((await invoiceRows(confirmed ?? ''))[0]?.status).toBe('cancelled');
  });
});
