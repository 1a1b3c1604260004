import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { staffRequestListSchema, staffRequestSchema } from '../event-staff/event-staff-schemas.ts';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { opinionAttachmentSchema } from './opinion-view-schema.ts';
import { opinionFlow, PDF_BYTES, STAFF_REQUESTS } from './testing/opinion-fixtures.ts';

describe('who sees and gives opinions', () => {
  let kit: StaffTestKit;
  let flow: ReturnType<typeof opinionFlow>;
  let citizen: CitizenSession;
  let reviewer: StaffSession;
  let police: StaffSession;
  let mobility: StaffSession;
  let unassigned: StaffSession;
  let policeOnly: string;
  let both: string;
  let fileId: string;

  beforeAll(async () => {
    kit = await startStaffTestKit();
    flow = opinionFlow(kit);
    citizen = await createCitizenSession(kit.owner.db, 'paul.lambert@example.be');
    const admin = await kit.staff('admin@liege.example.be', 'liege', ['admin']);
    reviewer = await kit.staff('reviewer@liege.example.be', 'liege', ['event-reviewer']);
    police = await kit.staff('police@liege.example.be', 'liege', ['service-advisor']);
    mobility = await kit.staff('mobility@liege.example.be', 'liege', ['service-advisor']);
    unassigned = await kit.staff('nobody@liege.example.be', 'liege', ['service-advisor']);
    await flow.setServices(admin, police, ['police']);
    await flow.setServices(admin, mobility, ['mobility']);
    policeOnly = await flow.underReview(citizen, reviewer, 40, 'place-du-marche');
    await flow.askOpinions(reviewer, policeOnly, { services: ['police'] });
    both = await flow.underReview(citizen, reviewer, 45, 'parc-d-avroy');
    await flow.askOpinions(reviewer, both);
    const upload = await flow.uploadFile(police, both, 'police', PDF_BYTES);
    expect(upload.status).toBe(201);
    fileId = opinionAttachmentSchema.parse(await upload.json()).id;
  });
  afterAll(() => kit.close());

  const listed = async (who: StaffSession) =>
    staffRequestListSchema
      .parse(await (await kit.admin(STAFF_REQUESTS, who)).json())
      .requests.map((r) => r.id);

  it('shows an advisor only the requests and opinions of their own services', async () => {
    expect((await listed(police)).sort()).toEqual([policeOnly, both].sort());
    expect(await listed(mobility)).toEqual([both]);
    expect(await listed(unassigned)).toEqual([]);
    expect((await kit.admin(`${STAFF_REQUESTS}/${policeOnly}`, mobility)).status).toBe(404);
    expect((await kit.admin(`${STAFF_REQUESTS}/${policeOnly}`, unassigned)).status).toBe(404);
    const seen = staffRequestSchema.parse(
      await (await kit.admin(`${STAFF_REQUESTS}/${both}`, mobility)).json(),
    );
    expect(seen.opinions.map((opinion) => opinion.service)).toEqual(['mobility']);
    expect(JSON.stringify(seen)).not.toContain(fileId);
    const file = `${STAFF_REQUESTS}/${both}/opinions/police/attachments/${fileId}`;
    expect((await kit.admin(file, mobility)).status).toBe(404);
    expect((await kit.admin(file, police)).status).toBe(200);
  });

  it('lets an advisor give only their own service’s opinion, and nobody else give it', async () => {
    const favourable = { status: 'favourable' };
    expect((await flow.giveOpinion(mobility, both, 'police', favourable)).status).toBe(404);
    expect((await flow.giveOpinion(mobility, policeOnly, 'mobility', favourable)).status).toBe(404);
    expect((await flow.giveOpinion(unassigned, both, 'police', favourable)).status).toBe(404);
    expect((await flow.uploadFile(mobility, both, 'police', PDF_BYTES)).status).toBe(404);
    expect((await flow.giveOpinion(reviewer, both, 'police', favourable)).status).toBe(403);
    const decider = await kit.staff('decider@liege.example.be', 'liege', ['event-decider']);
    expect((await flow.giveOpinion(decider, both, 'police', favourable)).status).toBe(403);
    expect((await flow.post(police, `/${both}/opinion-requests`, { dueOn: '2099-01-01' })).status).toBe(403);
    expect((await flow.giveOpinion(mobility, both, 'mobility', favourable)).status).toBe(200);
  });

  it('lets only an admin set who speaks for a service', async () => {
    const path = `/v1/admin/tenants/liege/staff/members/${mobility.memberId ?? ''}/event-services`;
    for (const who of [reviewer, police])
      expect((await kit.admin(path, who, { method: 'PUT', body: { services: ['police'] } })).status).toBe(
        403,
      );
  });

  it('never shows a commune’s requests or opinions to another commune’s advisors', async () => {
    const herstalAdmin = await kit.staff('admin@herstal.example.be', 'herstal', ['admin']);
    const herstalPolice = await kit.staff('police@herstal.example.be', 'herstal', ['service-advisor']);
    const set = await kit.admin(
      `/v1/admin/tenants/herstal/staff/members/${herstalPolice.memberId ?? ''}/event-services`,
      herstalAdmin,
      { method: 'PUT', body: { services: ['police'] } },
    );
    expect(set.status).toBe(200);
    const herstal = '/v1/admin/tenants/herstal/event-requests';
    const list = staffRequestListSchema.parse(await (await kit.admin(herstal, herstalPolice)).json());
    expect(list.requests).toEqual([]);
    for (const path of [`/${both}`, `/${both}/opinions/police/attachments/${fileId}`])
      expect((await kit.admin(`${herstal}${path}`, herstalPolice)).status, path).toBe(404);
    expect(
      (
        await kit.admin(`${herstal}/${both}/opinions/police`, herstalPolice, {
          method: 'PUT',
          body: { status: 'favourable' },
        })
      ).status,
    ).toBe(404);
    expect((await kit.admin(`${STAFF_REQUESTS}/${both}`, herstalPolice)).status).toBe(404);
    // Liège's member cannot be set on a service through Herstal.
    const foreign = await kit.admin(
      `/v1/admin/tenants/herstal/staff/members/${police.memberId ?? ''}/event-services`,
      herstalAdmin,
      { method: 'PUT', body: { services: ['police'] } },
    );
    expect(foreign.status).toBe(404);
  });
});
