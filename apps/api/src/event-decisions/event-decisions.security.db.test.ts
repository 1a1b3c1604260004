import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { opinionFlow, STAFF_REQUESTS } from '../event-opinions/testing/opinion-fixtures.ts';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';

describe('who decides and reads the letter', () => {
  let kit: StaffTestKit;
  let flow: ReturnType<typeof opinionFlow>;
  let requestId: string;
  let decided: string;
  let reviewer: StaffSession;

  beforeAll(async () => {
    kit = await startStaffTestKit();
    flow = opinionFlow(kit);
    const citizen = await createCitizenSession(kit.owner.db, 'owner.of.request@example.be');
    reviewer = await kit.staff('reviewer@liege.example.be', 'liege', ['event-reviewer']);
    requestId = await flow.underReview(citizen, reviewer, 40, 'place-du-marche');
    decided = await flow.underReview(citizen, reviewer, 45, 'parc-d-avroy');
    const decider = await kit.staff('decider@liege.example.be', 'liege', ['event-decider']);
    const res = await flow.post(decider, `/${decided}/decision`, { outcome: 'approved', motivation: 'Oui.' });
    expect(res.status).toBe(200);
  });
  afterAll(() => kit.close());

  it('lets only admins and deciders decide and close', async () => {
    const body = { outcome: 'approved', motivation: 'Oui.' };
    for (const role of ['event-reviewer', 'service-advisor', 'stage-manager', 'form-agent'] as const) {
      const who =
        role === 'event-reviewer' ? reviewer : await kit.staff(`${role}@liege.example.be`, 'liege', [role]);
      expect((await flow.post(who, `/${requestId}/decision`, body)).status, role).toBe(403);
      expect((await flow.post(who, `/${decided}/closing`)).status, role).toBe(403);
    }
    const admin = await kit.staff('admin@liege.example.be', 'liege', ['admin']);
    expect((await flow.post(admin, `/${requestId}/decision`, body)).status).toBe(200);
  });

  it('gives the letter to the requester and the commune’s staff only', async () => {
    const stranger = await createCitizenSession(kit.owner.db, 'stranger@example.be');
    expect((await flow.client.request(stranger, `/${decided}/decision-letter`)).status).toBe(404);
    expect((await flow.client.request(undefined, `/${decided}/decision-letter`)).status).toBe(401);
    const advisor = await kit.staff('advisor@liege.example.be', 'liege', ['service-advisor']);
    expect((await kit.admin(`${STAFF_REQUESTS}/${decided}/decision-letter`, advisor)).status).toBe(404);
    const herstal = await kit.staff('admin@herstal.example.be', 'herstal', ['admin']);
    const foreign = `/v1/admin/tenants/herstal/event-requests/${decided}`;
    expect((await kit.admin(`${foreign}/decision-letter`, herstal)).status).toBe(404);
    expect(
      (
        await kit.admin(`${foreign}/decision`, herstal, {
          method: 'POST',
          body: { outcome: 'refused', motivation: 'x' },
        })
      ).status,
    ).toBe(404);
    expect((await kit.admin(`${foreign}/closing`, herstal, { method: 'POST', body: {} })).status).toBe(404);
    const herstalCitizen = eventRequestClientFor(kit);
    expect((await herstalCitizen(`/${decided}/decision-letter`)).status).toBe(404);
  });
});

/** The requester of Liège asking Herstal for the letter: no such request there. */
const eventRequestClientFor = (kit: StaffTestKit) => async (path: string) => {
  const citizen = await createCitizenSession(kit.owner.db, 'owner.of.request@example.be');
  return kit.platform.app.request(`/v1/tenants/herstal/me/event-requests${path}`, {
    headers: kit.withBearer(citizen.token),
  });
};
