import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { TEST_PUBLIC_URL } from '../testing/offline-app.ts';
import { remindPendingOpinions } from './opinion-reminders.ts';
import { dayIn, opinionFlow } from './testing/opinion-fixtures.ts';

describe('reminders of pending opinions', () => {
  let kit: StaffTestKit;
  let owner: postgres.Sql;
  let soon: string;
  let later: string;

  beforeAll(async () => {
    kit = await startStaffTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    const flow = opinionFlow(kit);
    const citizen = await createCitizenSession(kit.owner.db, 'nora.smets@example.be');
    const admin = await kit.staff('admin@liege.example.be', 'liege', ['admin']);
    const reviewer = await kit.staff('reviewer@liege.example.be', 'liege', ['event-reviewer']);
    const police = await kit.staff('police@liege.example.be', 'liege', ['service-advisor']);
    await flow.setServices(admin, police, ['police']);
    soon = await flow.underReview(citizen, reviewer, 40, 'place-du-marche');
    await flow.askOpinions(reviewer, soon, { services: ['police'], dueOn: dayIn(1) });
    later = await flow.underReview(citizen, reviewer, 45, 'parc-d-avroy');
    await flow.askOpinions(reviewer, later, { services: ['police'], dueOn: dayIn(20) });
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  const deps = () => ({
    db: kit.platform.platform.db,
    jobs: kit.platform.platform.jobs,
    tenants: kit.platform.platform.tenants,
    publicUrl: TEST_PUBLIC_URL,
  });
  const reminders = async () =>
    (await kit.mailbox.list()).filter(
      (m) => m.message.to === 'police@liege.example.be' && m.message.subject.includes('Rappel'),
    );
  const overdue = async () =>
    (await kit.mailbox.list()).filter(
      (m) => m.message.to === 'police@liege.example.be' && m.message.subject.includes('en retard'),
    );

  it('reminds an opinion due soon once a day, not one due later, and says when it is overdue', async () => {
    const now = new Date();
    expect(await remindPendingOpinions(deps(), now)).toBe(1);
    expect(await remindPendingOpinions(deps(), now)).toBe(0);
    await expect.poll(async () => (await reminders()).length, { timeout: 10_000 }).toBe(1);
    expect((await reminders())[0]?.message.text).toContain('Fête de la rue Saint-Gilles');

    const threeDaysOn = new Date(now.getTime() + 3 * 86_400_000);
    expect(await remindPendingOpinions(deps(), threeDaysOn)).toBe(1);
    await expect.poll(async () => (await overdue()).length, { timeout: 10_000 }).toBe(1);

    // Given, or the request decided: no more reminders.
    await owner`update event_opinions set status = 'favourable' where request_id = ${soon}`;
    await owner`update event_requests set status = 'refused' where id = ${later}`;
    expect(await remindPendingOpinions(deps(), new Date(now.getTime() + 30 * 86_400_000))).toBe(0);
  });
});
