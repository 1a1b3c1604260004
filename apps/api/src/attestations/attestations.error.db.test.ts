import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../problems/problem.ts';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import type { Family } from '../stages/testing/enrolment-fixtures.ts';
import type { AttestedFamily } from './testing/attestation-fixtures.ts';
import { attestedFamilies, myAttestationPath, staffAttestationPath } from './testing/attestation-fixtures.ts';

describe('childcare attestations (281.86): bad input', () => {
  let kit: StaffTestKit;
  let owner: postgres.Sql;
  let manager: StaffSession;
  let paid: AttestedFamily;
  let unpaid: Family;

  const problem = async (res: Response, status: number, code: string) => {
    expect(res.status, await res.clone().text()).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(problemSchema.parse(await res.json()).code).toBe(code);
  };
  const audited = async () =>
    (
      await owner<{ n: number }[]>`
        select count(*)::int as n from audit_events where action = 'stages.childcare_attestation_read'`
    )[0]?.n;

  beforeAll(async () => {
    kit = await startStaffTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    manager = await kit.staff('manager@liege.example.be', 'liege', ['stage-manager']);
    ({ paid, unpaid } = await attestedFamilies(kit, owner, 'attestbad'));
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('refuses a malformed year, id or query with 400', async () => {
    for (const year of ['1999', '2101', 'abcd', '2027.5'])
      await problem(
        await kit.admin(staffAttestationPath(paid.family, year), manager),
        400,
        'validation_failed',
      );
    await problem(
      await kit.admin(staffAttestationPath(paid.family, 2027, '?lang=xx'), manager),
      400,
      'validation_failed',
    );
    await problem(
      await kit.admin(staffAttestationPath(paid.family, 2027, '?format=docx'), manager),
      400,
      'validation_failed',
    );
    await problem(
      await kit.admin(
        `/v1/admin/tenants/liege/households/not-a-uuid/children/${paid.family.childId}/childcare-attestations/2027`,
        manager,
      ),
      400,
      'validation_failed',
    );
    expect(await audited()).toBe(0);
  });

  it('answers 409 when there is nothing paid to attest, or another year', async () => {
    await problem(await kit.admin(staffAttestationPath(unpaid, 2027), manager), 409, 'nothing_to_attest');
    await problem(
      await kit.admin(staffAttestationPath(paid.family, 2026), manager),
      409,
      'nothing_to_attest',
    );
    const mine = await kit.platform.app.request(myAttestationPath(unpaid.childId, 2027), {
      headers: kit.withBearer(unpaid.token),
    });
    await problem(mine, 409, 'nothing_to_attest');
    expect(await audited()).toBe(0);
  });

  it('answers 409 when the commune issues no attestation, and 404 for a child of another household', async () => {
    await problem(
      await kit.admin(
        `/v1/admin/tenants/liege/households/${unpaid.householdId}/children/${paid.family.childId}/childcare-attestations/2027`,
        manager,
      ),
      404,
      'child_not_found',
    );
    await owner`update tenants set config = config - 'childcareAttestation' where slug = 'liege'`;
    await problem(
      await kit.admin(staffAttestationPath(paid.family, 2027), manager),
      409,
      'attestations_not_issued',
    );
    expect(await audited()).toBe(0);
  });
});
