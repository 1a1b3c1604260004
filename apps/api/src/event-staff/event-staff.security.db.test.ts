import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { eventRequestSchema } from '../event-requests/event-request-schemas.ts';
import { eventRequestClient, partyRequest } from '../event-requests/testing/event-request-fixtures.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { staffRequestListSchema } from './event-staff-schemas.ts';

describe('who may review event requests', () => {
  let kit: StaffTestKit;
  let requestId: string;

  beforeAll(async () => {
    kit = await startStaffTestKit();
    const client = eventRequestClient(kit);
    const citizen = await createCitizenSession(kit.owner.db, 'pierre.leroy@example.be');
    requestId = eventRequestSchema.parse(await (await client.create(citizen, partyRequest(40))).json()).id;
    expect((await client.submit(citizen, requestId)).status).toBe(200);
  });
  afterAll(() => kit.close());

  it('lets only admins and reviewers act, deciders read, advisors read what they were asked, no other role in', async () => {
    const base = '/v1/admin/tenants/liege/event-requests';
    const review = (who: Awaited<ReturnType<StaffTestKit['staff']>>) =>
      kit.admin(`${base}/${requestId}/review`, who, { method: 'POST', body: {} });
    for (const role of ['stage-manager', 'animator', 'form-agent'] as const) {
      const who = await kit.staff(`${role}@liege.example.be`, 'liege', [role]);
      expect((await kit.admin(base, who)).status, role).toBe(403);
      expect((await kit.admin(`${base}/${requestId}`, who)).status, role).toBe(403);
      expect((await review(who)).status, role).toBe(403);
    }
    // A service advisor reads only what their services were asked about: nothing yet.
    const advisor = await kit.staff('advisor@liege.example.be', 'liege', ['service-advisor']);
    expect(staffRequestListSchema.parse(await (await kit.admin(base, advisor)).json()).requests).toEqual([]);
    expect((await kit.admin(`${base}/${requestId}`, advisor)).status).toBe(404);
    expect((await review(advisor)).status).toBe(403);
    const decider = await kit.staff('decider@liege.example.be', 'liege', ['event-decider']);
    expect((await kit.admin(`${base}/${requestId}`, decider)).status).toBe(200);
    expect((await review(decider)).status).toBe(403);
    expect((await kit.admin(base, undefined)).status).toBe(401);
    const bearer = await kit.admin(base, undefined, { headers: { authorization: 'Bearer forged' } });
    expect(bearer.status).toBe(401);
  });

  it('never shows one commune’s requests to another’s staff', async () => {
    const herstal = await kit.staff('admin@herstal.example.be', 'herstal', ['admin']);
    const list = staffRequestListSchema.parse(
      await (await kit.admin('/v1/admin/tenants/herstal/event-requests', herstal)).json(),
    );
    expect(list.requests).toEqual([]);
    for (const path of [`/${requestId}`, `/${requestId}/review`]) {
      const res = await kit.admin(`/v1/admin/tenants/herstal/event-requests${path}`, herstal, {
        method: path.endsWith('review') ? 'POST' : 'GET',
        ...(path.endsWith('review') ? { body: {} } : {}),
      });
      expect(res.status, path).toBe(404);
    }
    expect((await kit.admin('/v1/admin/tenants/liege/event-requests', herstal)).status).toBe(404);
  });
});
