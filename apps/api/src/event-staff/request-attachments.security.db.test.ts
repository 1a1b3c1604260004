import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { eventRequestSchema } from '../event-requests/event-request-schemas.ts';
import {
  eventRequestClient,
  shootAnswers,
  shootRequest,
  uploadForShoot,
} from '../event-requests/testing/event-request-fixtures.ts';
import { smallPdf } from '../forms/testing/upload-fixtures.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';

describe('staff download the files attached to a request they may read, audited', () => {
  let kit: StaffTestKit;
  let owner: postgres.Sql;
  let requestId: string;
  let insuranceId: string;
  let unlinkedId: string;

  beforeAll(async () => {
    kit = await startStaffTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    const client = eventRequestClient(kit);
    const citizen = await createCitizenSession(kit.owner.db, 'lea.tournage@example.be');
    const sitePlan = await uploadForShoot(kit, citizen, 'site-plan', smallPdf());
    const insurance = await uploadForShoot(kit, citizen, 'insurance', smallPdf());
    insuranceId = insurance.id;
    unlinkedId = (await uploadForShoot(kit, citizen, 'insurance', smallPdf())).id;
    const created = await client.create(citizen, shootRequest(shootAnswers({ sitePlan, insurance })));
    requestId = eventRequestSchema.parse(await created.json()).id;
    expect((await client.submit(citizen, requestId)).status).toBe(200);
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  const path = (id: string, tenant = 'liege') =>
    `/v1/admin/tenants/${tenant}/event-requests/${requestId}/attachments/${id}`;

  it('gives a reviewer the file as stored and records the read', async () => {
    const reviewer = await kit.staff('reviewer@liege.example.be', 'liege', ['event-reviewer']);
    const res = await kit.admin(path(insuranceId), reviewer);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''insurance.pdf");
    expect(Buffer.from(await res.arrayBuffer())).toEqual(smallPdf());
    const audit = await owner<{ detail: { file: string } }[]>`
      select detail from audit_events where action = 'events.request_file_read' and target_id = ${requestId}`;
    expect(audit.map((row) => row.detail.file)).toEqual([insuranceId]);
  });

  it('refuses a file not linked to the request, an advisor not asked, another commune and no session', async () => {
    const reviewer = await kit.staff('reviewer2@liege.example.be', 'liege', ['event-reviewer']);
    expect((await kit.admin(path(unlinkedId), reviewer)).status).toBe(404);
    const advisor = await kit.staff('advisor@liege.example.be', 'liege', ['service-advisor']);
    expect((await kit.admin(path(insuranceId), advisor)).status).toBe(404);
    const herstal = await kit.staff('admin@herstal.example.be', 'herstal', ['admin']);
    expect((await kit.admin(path(insuranceId, 'herstal'), herstal)).status).toBe(404);
    expect((await kit.admin(path(insuranceId), undefined)).status).toBe(401);
    const [count] = await owner<{ n: number }[]>`
      select count(*)::int as n from audit_events where action = 'events.request_file_read'`;
    expect(count?.n).toBe(1);
  });
});
