import type postgres from 'postgres';
import type { AuthTestKit } from '../../auth/testing/auth-test-kit.ts';
import type { Family } from '../../stages/testing/enrolment-fixtures.ts';
import { createFamilies, openSessionNow } from '../../stages/testing/enrolment-fixtures.ts';
import { enrolInTurn } from '../../stages/testing/offer-fixtures.ts';

export interface AttestedFamily {
  family: Family;
  /** What the family paid, in cents. */
  paidCents: number;
}

/**
 * A Liège family whose child (born 2020) was enrolled in week 27 of 2027 through the API, paid the
 * invoice, and was present on three days and absent on one; and a second family with nothing paid.
 */
export async function attestedFamilies(
  kit: AuthTestKit,
  owner: postgres.Sql,
  prefix: string,
): Promise<{ paid: AttestedFamily; unpaid: Family }> {
  const sessionId = await openSessionNow(owner, {
    tenant: 'liege',
    stage: 'multisports',
    session: 'semaine-27-6-8-ans',
    capacity: 50,
  });
  const [family, unpaid] = await createFamilies(owner, {
    tenant: 'liege',
    count: 2,
    birthDate: '2020-03-01',
    prefix,
  });
  if (!family || !unpaid) throw new Error('families missing');
  const [enrolmentId, unpaidEnrolment] = await enrolInTurn(kit, sessionId, [family, unpaid]);
  const [invoice] = await owner<{ amountCents: number }[]>`
    update stage_invoices set status = 'paid', paid_at = now()
    where enrolment_id = ${enrolmentId ?? ''} returning amount_cents as "amountCents"`;
  if (!invoice) throw new Error('no invoice');
  for (const [enrolment, days] of [
    [enrolmentId, ['2027-07-05', '2027-07-06', '2027-07-07']],
    [unpaidEnrolment, ['2027-07-05']],
  ] as const) {
    for (const day of days)
      await owner`
        insert into stage_attendance (tenant_id, session_id, enrolment_id, day, status)
        select tenant_id, session_id, id, ${day}, 'present' from stage_enrolments where id = ${enrolment ?? ''}`;
  }
  await owner`
    insert into stage_attendance (tenant_id, session_id, enrolment_id, day, status)
    select tenant_id, session_id, id, '2027-07-08', 'absent' from stage_enrolments where id = ${enrolmentId ?? ''}`;
  await owner`update children set first_name = 'Zoé', last_name = 'Lambert' where id = ${family.childId}`;
  return { paid: { family, paidCents: invoice.amountCents }, unpaid };
}

/** The staff route of a household's child. */
export const staffAttestationPath = (family: Family, year: number | string, query = '') =>
  `/v1/admin/tenants/liege/households/${family.householdId}/children/${family.childId}/childcare-attestations/${year}${query}`;

/** The parent's route of their child. */
export const myAttestationPath = (childId: string, year: number | string, query = '') =>
  `/v1/tenants/liege/me/household/children/${childId}/childcare-attestations/${year}${query}`;
