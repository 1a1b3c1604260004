import { users } from '@communa/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResendTestKit } from '../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { eventRequestSchema } from '../event-requests/event-request-schemas.ts';
import { partyRequest } from '../event-requests/testing/event-request-fixtures.ts';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffResendTestKit } from '../staff/testing/staff-test-kit.ts';
import { opinionFlow } from './testing/opinion-fixtures.ts';

const POLICE = 'agent@policeliege.example.be';
const MOBILITY = 'mobilite.agent@liege.example.be';
const FIRE = 'prevention.agent@liege.example.be';

// Withdrawn or decided, a request the services were asked about is told to their advisors, through
// the real Resend SDK to the fake Resend server: once each, in their language, and to nobody else.
describe('the services asked are told when a request is withdrawn or decided', () => {
  let kit: StaffTestKit & ResendTestKit;
  let flow: ReturnType<typeof opinionFlow>;
  let lea: CitizenSession;
  let reviewer: StaffSession;
  let decider: StaffSession;
  let police: StaffSession;

  beforeAll(async () => {
    kit = await startStaffResendTestKit();
    flow = opinionFlow(kit);
    lea = await createCitizenSession(kit.owner.db, 'lea.martin@example.be', { name: 'Léa Martin' });
    const admin = await kit.staff('admin@liege.example.be', 'liege', ['admin']);
    reviewer = await kit.staff('reviewer@liege.example.be', 'liege', ['event-reviewer']);
    decider = await kit.staff('decider@liege.example.be', 'liege', ['event-decider']);
    police = await kit.staff(POLICE, 'liege', ['service-advisor']);
    const mobility = await kit.staff(MOBILITY, 'liege', ['service-advisor']);
    const fire = await kit.staff(FIRE, 'liege', ['service-advisor']);
    await flow.setServices(admin, police, ['police']);
    await flow.setServices(admin, mobility, ['mobility']);
    await flow.setServices(admin, fire, ['fire-service']);
    await kit.owner.db.update(users).set({ language: 'nl' }).where(eq(users.email, POLICE));
  });
  afterAll(() => kit.close());

  /** The outcome e-mails delivered about one request, by recipient. */
  const outcomeMails = (reference: string) =>
    kit.resend.delivered
      .filter(
        (mail) =>
          mail.payload.subject.includes(reference) &&
          mail.payload.tags?.some((tag) => tag.name === 'kind' && tag.value === 'event-opinion-outcome'),
      )
      .map((mail) => ({ to: mail.payload.to, subject: mail.payload.subject, text: mail.payload.text ?? '' }));

  const referenceOf = async (requestId: string) =>
    eventRequestSchema.parse(await (await flow.client.request(lea, `/${requestId}`)).json()).reference;

  /** Waits for the outcome e-mails, then lets the queue run a while so a second one would show. */
  const settled = async (reference: string, count: number) => {
    await expect.poll(() => outcomeMails(reference).length, { timeout: 15_000 }).toBe(count);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    return outcomeMails(reference).sort((a, b) => String(a.to).localeCompare(String(b.to)));
  };

  it('mails the advisors of the services asked when the requester withdraws', async () => {
    const requestId = await flow.underReview(lea, reviewer, 45, 'place-du-marche');
    await flow.askOpinions(reviewer, requestId);
    const given = await flow.giveOpinion(police, requestId, 'police', { status: 'favourable' });
    expect(given.status, await given.clone().text()).toBe(200);
    expect((await flow.client.withdraw(lea, requestId, { comment: 'Annulé.' })).status).toBe(200);

    const reference = await referenceOf(requestId);
    const mails = await settled(reference, 2);
    expect(mails.map((mail) => mail.to)).toEqual([POLICE, MOBILITY].sort());
    const toPolice = mails.find((mail) => mail.to === POLICE);
    const toMobility = mails.find((mail) => mail.to === MOBILITY);
    // In each advisor's language; only the opinion still pending is said to be no longer expected.
    expect(toPolice?.subject).toBe(`Aanvraag ingetrokken: Fête de la rue Saint-Gilles (${reference})`);
    expect(toPolice?.text).toContain('Politiezone');
    expect(toPolice?.text).not.toContain('niet meer verwacht');
    expect(toMobility?.subject).toBe(`Demande retirée : Fête de la rue Saint-Gilles (${reference})`);
    expect(toMobility?.text).toContain('Service Mobilité');
    expect(toMobility?.text).toContain('plus attendu');
  });

  it('mails the advisors of the services asked when the decider decides', async () => {
    const requestId = await flow.underReview(lea, reviewer, 50, 'parc-d-avroy');
    await flow.askOpinions(reviewer, requestId, { services: ['police'] });
    const decided = await flow.post(decider, `/${requestId}/decision`, {
      outcome: 'refused',
      motivation: 'Le parc est en travaux à cette date.',
    });
    expect(decided.status, await decided.clone().text()).toBe(200);

    const reference = await referenceOf(requestId);
    const mails = await settled(reference, 1);
    expect(mails).toEqual([
      {
        to: POLICE,
        subject: `Aanvraag beslist: Fête de la rue Saint-Gilles (${reference})`,
        text: expect.stringContaining('geweigerd'),
      },
    ]);
    expect(mails[0]?.text).toContain('niet meer verwacht');
  });

  it('mails nobody when no service was asked', async () => {
    const draft = eventRequestSchema.parse(
      await (await flow.client.create(lea, partyRequest(55, { place: 'place-cockerill' }))).json(),
    );
    expect((await flow.client.submit(lea, draft.id)).status).toBe(200);
    expect((await flow.client.withdraw(lea, draft.id)).status).toBe(200);
    const decidedUnasked = await flow.underReview(lea, reviewer, 60, 'parc-de-la-boverie');
    expect(
      (
        await flow.post(decider, `/${decidedUnasked}/decision`, {
          outcome: 'approved',
          motivation: 'Complet.',
        })
      ).status,
    ).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(outcomeMails(draft.reference)).toEqual([]);
    expect(outcomeMails(await referenceOf(decidedUnasked))).toEqual([]);
    expect(kit.resend.delivered.some((mail) => mail.payload.to === FIRE)).toBe(false);
  });
});
