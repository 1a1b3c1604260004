import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { dutchAnswers, opinionFlow, STAFF_REQUESTS } from '../event-opinions/testing/opinion-fixtures.ts';
import { eventRequestSchema } from '../event-requests/event-request-schemas.ts';
import { staffRequestSchema } from '../event-staff/event-staff-schemas.ts';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { pdfText } from '../stage-staff/testing/pdf-text.ts';
import { closeEndedRequests } from './request-closing.ts';

describe('deciding event requests', () => {
  let kit: StaffTestKit;
  let owner: postgres.Sql;
  let flow: ReturnType<typeof opinionFlow>;
  let jan: CitizenSession;
  let reviewer: StaffSession;
  let decider: StaffSession;
  let police: StaffSession;

  beforeAll(async () => {
    kit = await startStaffTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    flow = opinionFlow(kit);
    jan = await createCitizenSession(kit.owner.db, 'jan.devos@example.be', {
      name: 'Jan Devos',
      language: 'fr',
    });
    const admin = await kit.staff('admin@liege.example.be', 'liege', ['admin']);
    reviewer = await kit.staff('reviewer@liege.example.be', 'liege', ['event-reviewer']);
    decider = await kit.staff('decider@liege.example.be', 'liege', ['event-decider']);
    police = await kit.staff('police@liege.example.be', 'liege', ['service-advisor']);
    await flow.setServices(admin, police, ['police']);
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  const mailsTo = async (to: string, subject: string) =>
    (await kit.mailbox.list()).filter((m) => m.message.to === to && m.message.subject.includes(subject));

  it('approves with the conditions of the opinions, mails the decision with its letter, and closes', async () => {
    const requestId = await flow.underReview(jan, reviewer, 40, 'place-du-marche');
    await flow.askOpinions(reviewer, requestId);
    const given = await flow.giveOpinion(police, requestId, 'police', {
      status: 'favourable-with-conditions',
      conditions: 'Barrieres Nadar aux deux acces.',
    });
    expect(given.status).toBe(200);

    const decided = await flow.post(decider, `/${requestId}/decision`, {
      outcome: 'approved-with-conditions',
      motivation: 'Les services consultes ne s opposent pas a l evenement.',
    });
    expect(decided.status, await decided.clone().text()).toBe(200);
    const staffView = staffRequestSchema.parse(await decided.json());
    expect(staffView).toMatchObject({
      status: 'approved-with-conditions',
      decision: {
        outcome: 'approved-with-conditions',
        conditions: 'Zone de police: Barrieres Nadar aux deux acces.',
      },
    });
    // Mobility never answered: its opinion stays pending and can no longer be given.
    expect(staffView.opinions.map((opinion) => opinion.status)).toEqual([
      'favourable-with-conditions',
      'pending',
    ]);
    expect((await flow.giveOpinion(police, requestId, 'police', { status: 'favourable' })).status).toBe(409);

    await expect
      .poll(async () => (await mailsTo('jan.devos@example.be', 'décision')).length, { timeout: 10_000 })
      .toBe(1);
    const [mail] = await mailsTo('jan.devos@example.be', 'décision');
    expect(mail?.message.text).toContain('Barrieres Nadar aux deux acces.');
    expect(mail?.message.attachments?.[0]?.contentType).toBe('application/pdf');

    const mine = eventRequestSchema.parse(await (await flow.client.request(jan, `/${requestId}`)).json());
    expect(mine).toMatchObject({
      status: 'approved-with-conditions',
      expected: 'read-decision',
      decision: { outcome: 'approved-with-conditions', letter: true },
    });
    const letter = await flow.client.request(jan, `/${requestId}/decision-letter`);
    expect(letter.status).toBe(200);
    expect(letter.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(Buffer.from(await letter.arrayBuffer()));
    for (const part of [
      mine.reference,
      'Christine Defraigne',
      'Barrieres Nadar',
      'Jan Devos',
      'Place du March',
    ])
      expect(text).toContain(part);
    const staffLetter = await kit.admin(`${STAFF_REQUESTS}/${requestId}/decision-letter`, reviewer);
    expect(staffLetter.status).toBe(200);

    const closed = await flow.post(decider, `/${requestId}/closing`, { comment: 'Événement passé.' });
    expect(closed.status).toBe(200);
    const after = eventRequestSchema.parse(await (await flow.client.request(jan, `/${requestId}`)).json());
    expect(after.history.map((entry) => entry.toStatus)).toEqual([
      'draft',
      'submitted',
      'under-review',
      'opinions-requested',
      'approved-with-conditions',
      'closed',
    ]);
    expect(after).toMatchObject({ expected: 'nothing', decision: { letter: true } });
  });

  it('refuses from under review in the requester’s language, and the worker closes it once the event is over', async () => {
    const lotte = await createCitizenSession(kit.owner.db, 'lotte.peeters@example.be', {
      name: 'Lotte Peeters',
      language: 'nl',
    });
    const requestId = await flow.underReview(lotte, reviewer, 45, 'parc-d-avroy', {
      answers: dutchAnswers(),
    });
    const refused = await flow.post(decider, `/${requestId}/decision`, {
      outcome: 'refused',
      motivation: 'Het park is die dag al voorbehouden.',
    });
    expect(refused.status, await refused.clone().text()).toBe(200);
    await expect
      .poll(async () => (await mailsTo('lotte.peeters@example.be', 'beslissing')).length, { timeout: 10_000 })
      .toBe(1);
    const text = pdfText(
      Buffer.from(await (await flow.client.request(lotte, `/${requestId}/decision-letter`)).arrayBuffer()),
    );
    expect(text).toContain('De toelating wordt geweigerd.');
    expect(text).toContain('Het park is die dag al voorbehouden.');

    expect(await closeEndedRequests(kit.platform.platform.db, new Date())).toBe(0);
    await owner`update event_requests set starts_at = now() - interval '2 days', ends_at = now() - interval '1 day'
      where id = ${requestId}`;
    expect(await closeEndedRequests(kit.platform.platform.db, new Date())).toBe(1);
    expect(await closeEndedRequests(kit.platform.platform.db, new Date())).toBe(0);
    const mine = eventRequestSchema.parse(await (await flow.client.request(lotte, `/${requestId}`)).json());
    expect(mine.status).toBe('closed');
    expect(mine.history.at(-1)).toMatchObject({ fromStatus: 'refused', toStatus: 'closed', actor: 'staff' });
  });
});
