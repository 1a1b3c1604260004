import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import type { Family } from '../stages/testing/enrolment-fixtures.ts';
import type { AttestedFamily } from './testing/attestation-fixtures.ts';
import { attestedFamilies, myAttestationPath, staffAttestationPath } from './testing/attestation-fixtures.ts';

describe('childcare attestations (281.86): security', () => {
  let kit: StaffTestKit;
  let owner: postgres.Sql;
  let paid: AttestedFamily;
  let unpaid: Family;

  beforeAll(async () => {
    kit = await startStaffTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    ({ paid, unpaid } = await attestedFamilies(kit, owner, 'attestsec'));
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('keeps the staff route to admins and stage managers of the commune, with a cookie session', async () => {
    const path = staffAttestationPath(paid.family, 2027);
    for (const roles of [['animator'], ['form-agent'], ['event-reviewer']] as const) {
      const staff: StaffSession = await kit.staff(`${roles[0]}@liege.example.be`, 'liege', [...roles]);
      expect((await kit.admin(path, staff)).status, roles[0]).toBe(403);
    }
    const admin = await kit.staff('admin@liege.example.be', 'liege', ['admin']);
    expect((await kit.admin(path, admin)).status).toBe(200);
    expect((await kit.platform.app.request(path)).status).toBe(401);
    const bearer = await kit.platform.app.request(path, { headers: kit.withBearer(admin.token) });
    expect(bearer.status).toBe(401);
  });

  it('gives another commune’s staff 404, as if the child did not exist', async () => {
    const herstal = await kit.staff('manager@herstal.example.be', 'herstal', ['stage-manager']);
    const path = `/v1/admin/tenants/herstal/households/${paid.family.householdId}/children/${paid.family.childId}/childcare-attestations/2027`;
    expect((await kit.admin(path, herstal)).status).toBe(404);
  });

  it('gives a parent only their own children: another family’s child is 404, no session is 401', async () => {
    const theirs = await kit.platform.app.request(myAttestationPath(paid.family.childId, 2027), {
      headers: kit.withBearer(unpaid.token),
    });
    expect(theirs.status).toBe(404);
    expect((await kit.platform.app.request(myAttestationPath(paid.family.childId, 2027))).status).toBe(401);
    const elsewhere = await kit.platform.app.request(
      `/v1/tenants/herstal/me/household/children/${paid.family.childId}/childcare-attestations/2027`,
      { headers: kit.withBearer(paid.family.token) },
    );
    expect(elsewhere.status).toBe(404);
  });
});
