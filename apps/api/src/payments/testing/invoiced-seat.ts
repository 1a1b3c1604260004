import type postgres from 'postgres';
import type { ResendTestKit } from '../../auth/testing/auth-test-kit.ts';
import type { Family } from '../../stages/testing/enrolment-fixtures.ts';
import { createFamilies, openSessionNow } from '../../stages/testing/enrolment-fixtures.ts';
import { enrolInTurn } from '../../stages/testing/offer-fixtures.ts';

/** A family of Liège with a confirmed seat, and the id of its open invoice. */
export async function invoicedSeat(
  kit: ResendTestKit,
  owner: postgres.Sql,
  prefix: string,
): Promise<{ family: Family; invoiceId: string }> {
  const sessionId = await openSessionNow(owner, {
    tenant: 'liege',
    stage: 'multisports',
    session: 'semaine-27-6-8-ans',
    capacity: 50,
  });
  const [family] = await createFamilies(owner, {
    tenant: 'liege',
    count: 1,
    birthDate: '2020-03-01',
    prefix,
  });
  if (!family) throw new Error('family missing');
  const [enrolmentId] = await enrolInTurn(kit, sessionId, [family]);
  const [row] = await owner<
    { id: string }[]
  >`select id from stage_invoices where enrolment_id = ${enrolmentId ?? ''}`;
  if (!row) throw new Error('no invoice');
  return { family, invoiceId: row.id };
}

/** Every row a payment could write, to show that a refused request wrote nothing. */
export async function paymentState(owner: postgres.Sql): Promise<unknown> {
  const invoices =
    await owner`select id, status, paid_at, paid_by, updated_at from stage_invoices order by id`;
  const audit = await owner`select count(*)::int as n from audit_events where action = 'invoice.marked_paid'`;
  return { invoices, audit };
}
