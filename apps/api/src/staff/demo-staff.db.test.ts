import { eventServiceMembers, members, users } from '@communa/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoStaffEmail, seedDemoStaff } from './demo-staff.ts';
import type { StaffTestKit } from './testing/staff-test-kit.ts';
import { startStaffTestKit } from './testing/staff-test-kit.ts';

// The demo staff `npm start` seeds: the service advisor speaks for the commune's first advisory
// service, seeding again changes nothing, and services an admin gave them are kept.
describe('the demo staff seeding', () => {
  let kit: StaffTestKit;

  beforeAll(async () => {
    kit = await startStaffTestKit();
  });
  afterAll(async () => {
    await kit.close();
  });

  const seed = () => {
    const { auth, tenants } = kit.platform.platform;
    return seedDemoStaff(auth, kit.owner.db, tenants, ['liege', 'herstal']);
  };

  async function servicesOfAdvisor(slug: string): Promise<{ memberId: string; services: string[] }> {
    const tenantId = await kit.tenantId(slug);
    const [member] = await kit.owner.db
      .select({ id: members.id })
      .from(members)
      .innerJoin(users, eq(users.id, members.userId))
      .where(
        and(eq(members.organizationId, tenantId), eq(users.email, demoStaffEmail('service-advisor', slug))),
      );
    if (!member) throw new Error(`no service advisor in ${slug}`);
    const rows = await kit.owner.db
      .select({ key: eventServiceMembers.serviceKey })
      .from(eventServiceMembers)
      .where(eq(eventServiceMembers.memberId, member.id));
    return { memberId: member.id, services: rows.map((row) => row.key) };
  }

  it('links each commune’s service advisor to its first service, once', async () => {
    await seed();
    await seed();
    expect((await servicesOfAdvisor('liege')).services).toEqual(['police']);
    expect((await servicesOfAdvisor('herstal')).services).toEqual(['police']);
  });

  it('keeps the services an advisor already has', async () => {
    const { memberId } = await servicesOfAdvisor('liege');
    const tenantId = await kit.tenantId('liege');
    await kit.owner.db.delete(eventServiceMembers).where(eq(eventServiceMembers.memberId, memberId));
    await kit.owner.db.insert(eventServiceMembers).values({ tenantId, serviceKey: 'fire-service', memberId });
    await seed();
    expect((await servicesOfAdvisor('liege')).services).toEqual(['fire-service']);
  });
});
