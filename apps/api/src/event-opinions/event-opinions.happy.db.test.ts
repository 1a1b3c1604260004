import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { eventRequestSchema } from '../event-requests/event-request-schemas.ts';
import { staffRequestListSchema, staffRequestSchema } from '../event-staff/event-staff-schemas.ts';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { eventServicesListSchema } from './event-opinion-schemas.ts';
import { opinionAttachmentSchema } from './opinion-view-schema.ts';
import { dayIn, dutchAnswers, opinionFlow, PDF_BYTES, STAFF_REQUESTS } from './testing/opinion-fixtures.ts';

describe('opinions of the commune’s services', () => {
  let kit: StaffTestKit;
  let flow: ReturnType<typeof opinionFlow>;
  let lea: CitizenSession;
  let admin: StaffSession;
  let reviewer: StaffSession;
  let police: StaffSession;

  beforeAll(async () => {
    kit = await startStaffTestKit();
    flow = opinionFlow(kit);
    lea = await createCitizenSession(kit.owner.db, 'lea.martin@example.be', {
      name: 'Léa Martin',
      language: 'nl',
    });
    admin = await kit.staff('admin@liege.example.be', 'liege', ['admin']);
    reviewer = await kit.staff('reviewer@liege.example.be', 'liege', ['event-reviewer']);
    police = await kit.staff('agent@policeliege.example.be', 'liege', ['service-advisor']);
    await flow.setServices(admin, police, ['police']);
  });
  afterAll(() => kit.close());

  const mailsTo = async (to: string, subject: string) =>
    (await kit.mailbox.list()).filter((m) => m.message.to === to && m.message.subject.includes(subject));

  it('lists the services with their advisors, as an admin set them', async () => {
    const res = await kit.admin('/v1/admin/tenants/liege/event-services', reviewer);
    expect(res.status).toBe(200);
    const { services } = eventServicesListSchema.parse(await res.json());
    expect(services.map((service) => service.key)).toEqual([
      'police',
      'fire-service',
      'mobility',
      'environment',
      'culture',
    ]);
    expect(services[0]?.advisors).toEqual([
      { memberId: police.memberId, name: expect.any(String), email: 'agent@policeliege.example.be' },
    ]);
  });

  it('asks the type’s services, mails their advisors (or the service’s address), and the advisor answers', async () => {
    const requestId = await flow.underReview(lea, reviewer, 45, 'place-du-marche', {
      answers: dutchAnswers(),
    });
    await expect
      .poll(async () => (await mailsTo('lea.martin@example.be', 'wordt onderzocht')).length)
      .toBe(1);

    const asked = staffRequestSchema.parse(
      await (await flow.askOpinions(reviewer, requestId, { question: 'Faut-il fermer la rue ?' })).json(),
    );
    expect(asked.status).toBe('opinions-requested');
    expect(asked.opinions.map((opinion) => [opinion.service, opinion.status, opinion.dueOn])).toEqual([
      ['police', 'pending', dayIn(10)],
      ['mobility', 'pending', dayIn(10)],
    ]);
    await expect
      .poll(async () => (await mailsTo('agent@policeliege.example.be', 'Avis demandé')).length)
      .toBe(1);
    const [toPolice] = await mailsTo('agent@policeliege.example.be', 'Avis demandé');
    expect(toPolice?.message.text).toContain('Faut-il fermer la rue ?');
    // Nobody is set on mobility yet: its configured address is written to.
    await expect
      .poll(async () => (await mailsTo('mobilite@liege.be', 'Avis demandé')).length, { timeout: 10_000 })
      .toBe(1);

    const list = staffRequestListSchema.parse(await (await kit.admin(STAFF_REQUESTS, police)).json());
    expect(list.requests.map((request) => request.id)).toEqual([requestId]);
    const seen = staffRequestSchema.parse(
      await (await kit.admin(`${STAFF_REQUESTS}/${requestId}`, police)).json(),
    );
    expect(seen.opinions.map((opinion) => opinion.service)).toEqual(['police']);

    const given = await flow.giveOpinion(police, requestId, 'police', {
      status: 'favourable-with-conditions',
      conditions: 'Barrières Nadar aux deux accès de la place.',
      comment: 'Rue fermée de 12 h à 22 h.',
    });
    expect(given.status, await given.clone().text()).toBe(200);
    const file = await flow.uploadFile(police, requestId, 'police', PDF_BYTES, 'avis police.pdf');
    expect(file.status, await file.clone().text()).toBe(201);
    const stored = opinionAttachmentSchema.parse(await file.json());
    expect(stored).toMatchObject({
      name: 'avis police.pdf',
      type: 'application/pdf',
      size: PDF_BYTES.length,
    });

    const amended = staffRequestSchema.parse(
      await (
        await flow.giveOpinion(police, requestId, 'police', {
          status: 'favourable-with-conditions',
          conditions: 'Barrières Nadar aux deux accès.',
        })
      ).json(),
    );
    expect(amended.opinions[0]).toMatchObject({
      service: 'police',
      status: 'favourable-with-conditions',
      conditions: 'Barrières Nadar aux deux accès.',
      comment: null,
      givenBy: { email: 'agent@policeliege.example.be' },
      attachments: [{ id: stored.id, name: 'avis police.pdf' }],
    });

    const full = staffRequestSchema.parse(
      await (await kit.admin(`${STAFF_REQUESTS}/${requestId}`, reviewer)).json(),
    );
    expect(full.opinions.map((opinion) => opinion.status)).toEqual(['favourable-with-conditions', 'pending']);
    expect(full.conditionsFromOpinions).toBe('Zone de police: Barrières Nadar aux deux accès.');
    const download = await kit.admin(
      `${STAFF_REQUESTS}/${requestId}/opinions/police/attachments/${stored.id}`,
      reviewer,
    );
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF_BYTES)).toBe(true);

    // The requester sees the file went to the services, never the opinions themselves.
    const mine = eventRequestSchema.parse(await (await flow.client.request(lea, `/${requestId}`)).json());
    expect(mine).toMatchObject({ status: 'opinions-requested', expected: 'wait', decision: null });
    expect(JSON.stringify(mine)).not.toContain('Nadar aux deux');
  });

  it('asks one more service later, and only that one', async () => {
    const requestId = await flow.underReview(lea, reviewer, 50, 'parc-d-avroy', { answers: dutchAnswers() });
    await flow.askOpinions(reviewer, requestId, { services: ['police'] });
    const more = staffRequestSchema.parse(
      await (
        await flow.askOpinions(reviewer, requestId, { services: ['fire-service'], dueOn: dayIn(5) })
      ).json(),
    );
    expect(more.opinions.map((opinion) => [opinion.service, opinion.dueOn])).toEqual([
      ['police', dayIn(10)],
      ['fire-service', dayIn(5)],
    ]);
    expect(more.history.map((entry) => entry.toStatus).slice(-2)).toEqual([
      'opinions-requested',
      'opinions-requested',
    ]);
  });
});
