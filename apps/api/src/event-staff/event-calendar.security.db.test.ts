import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEventRequest } from '../events/testing/event-fixtures.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { staffCalendarSchema } from './event-staff-schemas.ts';

const QUERY = '?from=2030-06-01&to=2030-06-30';

describe('who may read the staff calendar', () => {
  let kit: StaffTestKit;

  beforeAll(async () => {
    kit = await startStaffTestKit();
    const owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    for (const tenant of ['liege', 'herstal'])
      await seedEventRequest(owner, {
        tenant,
        type: 'neighbourhood-party',
        title: `Fête à ${tenant}`,
        status: 'submitted',
        startsAt: new Date('2030-06-15T10:00:00Z'),
        endsAt: new Date('2030-06-15T18:00:00Z'),
      });
    await owner.end();
  });
  afterAll(() => kit.close());

  it('lets admins, reviewers and deciders read, and no other role or anonymous caller', async () => {
    const calendar = `/v1/admin/tenants/liege/event-calendar${QUERY}`;
    for (const role of ['admin', 'event-reviewer', 'event-decider'] as const) {
      const who = await kit.staff(`${role}@liege.example.be`, 'liege', [role]);
      expect((await kit.admin(calendar, who)).status, role).toBe(200);
    }
    for (const role of ['stage-manager', 'animator', 'service-advisor', 'form-agent'] as const) {
      const who = await kit.staff(`${role}.other@liege.example.be`, 'liege', [role]);
      expect((await kit.admin(calendar, who)).status, role).toBe(403);
    }
    expect((await kit.admin(calendar, undefined)).status).toBe(401);
    const bearer = await kit.admin(calendar, undefined, { headers: { authorization: 'Bearer forged' } });
    expect(bearer.status).toBe(401);
  });

  it('shows each commune only its own events, and another commune’s calendar is not found', async () => {
    const herstal = await kit.staff('admin@herstal.example.be', 'herstal', ['admin']);
    const own = staffCalendarSchema.parse(
      await (await kit.admin(`/v1/admin/tenants/herstal/event-calendar${QUERY}`, herstal)).json(),
    );
    expect(own.events.map((event) => event.title)).toEqual(['Fête à herstal']);
    expect((await kit.admin(`/v1/admin/tenants/liege/event-calendar${QUERY}`, herstal)).status).toBe(404);
  });
});
