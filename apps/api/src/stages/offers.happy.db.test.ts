import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResendTestKit } from '../auth/testing/auth-test-kit.ts';
import { startResendTestKit } from '../auth/testing/auth-test-kit.ts';
import { cancelledEnrolmentSchema, offerAnswerResultSchema } from './enrolment-change-schemas.ts';
import { myEnrolmentsSchema } from './enrolment-schemas.ts';
import type { Family } from './testing/enrolment-fixtures.ts';
import { createFamilies, openSessionNow } from './testing/enrolment-fixtures.ts';
import { callAs, countersOf, enrolInTurn, enrolmentsOf, lapseOffer } from './testing/offer-fixtures.ts';

const HOUR = 3_600_000;

describe('cancellation and waitlist offers', () => {
  let kit: ResendTestKit;
  let owner: postgres.Sql;
  let call: ReturnType<typeof callAs>;
  let prefix = 0;

  // Sessions for 6–8 and for 9–12 year olds: families of either age.
  const families = (count: number, birthDate = '2020-03-01') =>
    createFamilies(owner, { tenant: 'liege', count, birthDate, prefix: `f${++prefix}` });
  const older = '2016-03-01';
  const session = (key: string, capacity: number) =>
    openSessionNow(owner, { tenant: 'liege', stage: 'multisports', session: key, capacity });
  const cancel = (who: Family, enrolmentId: string, reason = 'personal') =>
    call(who, `/enrolments/${enrolmentId}/cancellation`, { method: 'POST', body: { reason } });
  const answer = (who: Family, enrolmentId: string, verb: 'accept' | 'decline') =>
    call(who, `/enrolments/${enrolmentId}/offer/${verb}`, { method: 'POST' });
  const mailsTo = (to: string) => kit.resend.delivered.filter((m) => m.payload.to.includes(to));
  const mine = async (who: Family) => myEnrolmentsSchema.parse(await (await call(who, '/enrolments')).json());

  beforeAll(async () => {
    kit = await startResendTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 2, onnotice: () => {} });
    call = callAs(kit);
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('cancels a seat for free before the deadline, offers it to the first family in its language, who accepts', async () => {
    const sessionId = await session('semaine-27-6-8-ans', 1);
    const [holder, first, second] = await families(3);
    if (!holder || !first || !second) throw new Error('families missing');
    await owner`update users set language = 'nl' where email = ${first.email}`;
    const [held, offered, waiting] = await enrolInTurn(kit, sessionId, [holder, first, second]);
    if (!held || !offered || !waiting) throw new Error('enrolments missing');

    const before = Date.now();
    const res = await cancel(holder, held);
    expect(res.status).toBe(200);
    const cancelled = cancelledEnrolmentSchema.parse(await res.json());
    // 2027-07-05 is far more than 14 days away: free, the whole price credited.
    expect(cancelled.cancellation).toMatchObject({ reason: 'personal', feeCents: 0, creditCents: 6500 });

    const [, offer] = await enrolmentsOf(owner, sessionId);
    expect(offer).toMatchObject({ id: offered, status: 'offered', waitlistPosition: null });
    const expiresAt = offer?.offerExpiresAt?.getTime() ?? 0;
    expect(expiresAt).toBeGreaterThanOrEqual(before + 48 * HOUR);
    expect(expiresAt).toBeLessThan(Date.now() + 48 * HOUR + 1000);
    expect((await enrolmentsOf(owner, sessionId))[2]).toMatchObject({
      status: 'waitlisted',
      waitlistPosition: 1,
    });
    // The seat moved from one family to the next: still taken.
    expect(await countersOf(owner, sessionId)).toMatchObject({ seatsTaken: 1, waitlistTaken: 1 });
    const [job] = await owner<{ startAfter: Date }[]>`
      select start_after as "startAfter" from pgboss.job
      where name = 'stage-offer-expiry' and data->>'enrolmentId' = ${offered}`;
    expect(job?.startAfter.getTime()).toBe(expiresAt);

    await expect.poll(() => mailsTo(first.email).length, { timeout: 10_000 }).toBe(2);
    const offerMail = mailsTo(first.email).find((m) => m.idempotencyKey === `stage-offer/${offered}`);
    expect(offerMail?.payload.subject).toContain('Multisport in Sart-Tilman');
    expect(offerMail?.payload.text).toContain('Plaats aanvaarden');
    expect(offerMail?.payload.html).toContain(`communa-offer=${offered}&amp;communa-offer-answer=accept`);
    expect(offerMail?.payload.html).toContain('communa-offer-answer=decline');

    const listed = (await mine(first)).enrolments[0];
    expect(listed).toMatchObject({
      id: offered,
      status: 'offered',
      waitlistPosition: null,
      cancellation: null,
    });
    expect(Date.parse(listed?.offerExpiresAt ?? '')).toBe(expiresAt);
    expect((await mine(holder)).enrolments[0]).toMatchObject({
      status: 'cancelled',
      offerExpiresAt: null,
      cancellation: { reason: 'personal', feeCents: 0, creditCents: 6500 },
    });

    const accepted = await answer(first, offered, 'accept');
    expect(accepted.status).toBe(200);
    expect(offerAnswerResultSchema.parse(await accepted.json())).toEqual({
      id: offered,
      status: 'confirmed',
    });
    expect((await mine(first)).enrolments[0]).toMatchObject({ status: 'confirmed', offerExpiresAt: null });
    await expect
      .poll(() => mailsTo(first.email).some((m) => m.idempotencyKey === `stage-offer-accepted/${offered}`), {
        timeout: 10_000,
      })
      .toBe(true);
    const confirmation = mailsTo(first.email).find(
      (m) => m.idempotencyKey === `stage-offer-accepted/${offered}`,
    );
    expect(confirmation?.payload.text).toContain('inschrijving bevestigd');
    expect(await countersOf(owner, sessionId)).toMatchObject({ seatsTaken: 1 });
  });

  it('charges the fee after the free period, except for a medical reason where the session allows it', async () => {
    const sessionId = await session('semaine-28-6-8-ans', 5);
    const [a, b, c] = await families(3);
    if (!a || !b || !c) throw new Error('families missing');
    const [ea, eb, ec] = await enrolInTurn(kit, sessionId, [a, b, c]);
    if (!ea || !eb || !ec) throw new Error('enrolments missing');
    // As if the first day were days away: well inside the 14 free days.
    await owner`update stage_sessions set free_cancellation_days_before = 100000 where id = ${sessionId}`;

    const late = cancelledEnrolmentSchema.parse(await (await cancel(a, ea)).json());
    expect(late.cancellation).toMatchObject({ reason: 'personal', feeCents: 2000, creditCents: 4500 });
    const medical = cancelledEnrolmentSchema.parse(await (await cancel(b, eb, 'medical')).json());
    expect(medical.cancellation).toMatchObject({ reason: 'medical', feeCents: 0, creditCents: 6500 });
    await owner`update stage_sessions set medical_cancellation_exempt = false where id = ${sessionId}`;
    const noException = cancelledEnrolmentSchema.parse(await (await cancel(c, ec, 'medical')).json());
    expect(noException.cancellation).toMatchObject({ reason: 'medical', feeCents: 2000, creditCents: 4500 });

    expect(await enrolmentsOf(owner, sessionId)).toMatchObject([
      { status: 'cancelled', cancellationReason: 'personal', cancellationFeeCents: 2000 },
      { status: 'cancelled', cancellationReason: 'medical', cancellationFeeCents: 0 },
      { status: 'cancelled', cancellationReason: 'medical', cancellationFeeCents: 2000 },
    ]);
    // Nobody was waiting: the seats went back to the session.
    expect(await countersOf(owner, sessionId)).toMatchObject({ seatsTaken: 0 });
  });

  it('passes a declined offer to the next family, and an unanswered one when it expires', async () => {
    const sessionId = await session('semaine-27-9-12-ans', 1);
    const [holder, first, second] = await families(3, older);
    if (!holder || !first || !second) throw new Error('families missing');
    const [held, offered, next] = await enrolInTurn(kit, sessionId, [holder, first, second]);
    if (!held || !offered || !next) throw new Error('enrolments missing');
    await cancel(holder, held);

    const declined = await answer(first, offered, 'decline');
    expect(declined.status).toBe(200);
    expect(offerAnswerResultSchema.parse(await declined.json()).status).toBe('cancelled');
    expect(await enrolmentsOf(owner, sessionId)).toMatchObject([
      { status: 'cancelled' },
      { status: 'cancelled', cancellationReason: 'offer_declined', cancellationFeeCents: 0 },
      { status: 'offered', waitlistPosition: null },
    ]);
    await expect
      .poll(() => mailsTo(second.email).some((m) => m.idempotencyKey === `stage-offer/${next}`), {
        timeout: 10_000,
      })
      .toBe(true);

    // Its hours run out unanswered: the expiry job lapses it, and with nobody waiting the seat is free.
    await lapseOffer(owner, next);
    await expect
      .poll(async () => (await enrolmentsOf(owner, sessionId))[2]?.cancellationReason, { timeout: 15_000 })
      .toBe('offer_expired');
    expect(await countersOf(owner, sessionId)).toMatchObject({ seatsTaken: 0, waitlistTaken: 0 });
    expect((await mine(second)).enrolments[0]).toMatchObject({
      status: 'cancelled',
      cancellation: { reason: 'offer_expired', feeCents: 0, creditCents: 0 },
    });
  }, 30_000);

  it('offers seats freed at once in waitlist order, one seat per family, never beyond capacity', async () => {
    const sessionId = await session('semaine-30-6-8-ans', 3);
    const all = await families(7);
    const ids = await enrolInTurn(kit, sessionId, all);
    const holders = all.slice(0, 3);
    const answers = await Promise.all(holders.map((family, i) => cancel(family, ids[i] ?? '')));
    expect(answers.map((res) => res.status)).toEqual([200, 200, 200]);
    const rows = await enrolmentsOf(owner, sessionId);
    expect(rows.map((row) => [row.status, row.waitlistPosition])).toEqual([
      ['cancelled', null],
      ['cancelled', null],
      ['cancelled', null],
      ['offered', null],
      ['offered', null],
      ['offered', null],
      ['waitlisted', 1],
    ]);
    expect(await countersOf(owner, sessionId)).toMatchObject({ seatsTaken: 3, waitlistTaken: 1 });
  });

  it('gives a seat freed once the session has begun back to the session, offering it to nobody', async () => {
    const sessionId = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'jeunes-artistes',
      session: 'semaine-28',
      capacity: 1,
    });
    const [holder, waiting] = await families(2);
    if (!holder || !waiting) throw new Error('families missing');
    const [held] = await enrolInTurn(kit, sessionId, [holder, waiting]);
    await owner`update stage_sessions set first_day = (now() at time zone 'Europe/Brussels')::date where id = ${sessionId}`;
    expect((await cancel(holder, held ?? '')).status).toBe(200);
    expect((await enrolmentsOf(owner, sessionId)).map((row) => [row.status, row.waitlistPosition])).toEqual([
      ['cancelled', null],
      ['waitlisted', 1],
    ]);
    expect(await countersOf(owner, sessionId)).toMatchObject({ seatsTaken: 0, waitlistTaken: 1 });
  });

  it('closes the gap a waitlisted child leaves; newcomers queue after the last', async () => {
    const sessionId = await session('semaine-28-9-12-ans', 1);
    const [holder, w1, w2, w3, late] = await families(5, older);
    if (!holder || !w1 || !w2 || !w3 || !late) throw new Error('families missing');
    const [, , e2] = await enrolInTurn(kit, sessionId, [holder, w1, w2, w3]);
    const res = await cancel(w2, e2 ?? '');
    expect(cancelledEnrolmentSchema.parse(await res.json()).cancellation).toMatchObject({
      feeCents: 0,
      creditCents: 0,
    });
    await enrolInTurn(kit, sessionId, [late]);
    expect((await enrolmentsOf(owner, sessionId)).map((row) => [row.status, row.waitlistPosition])).toEqual([
      ['confirmed', null],
      ['waitlisted', 1],
      ['cancelled', null],
      ['waitlisted', 2],
      ['waitlisted', 3],
    ]);
    expect((await mine(w3)).enrolments[0]?.waitlistPosition).toBe(2);
    expect(await countersOf(owner, sessionId)).toMatchObject({ seatsTaken: 1, waitlistTaken: 3 });
  });

  it('prices the siblings left again when the first child cancels', async () => {
    const sessionId = await session('semaine-30-9-12-ans', 5);
    const [parent] = await families(1, older);
    if (!parent) throw new Error('family missing');
    const res = await call(parent, '/children', {
      method: 'POST',
      body: { firstName: 'Second', lastName: 'Child', birthDate: '2017-05-05' },
    });
    const secondChild = ((await res.json()) as { id: string }).id;
    const enrolled = await call(parent, '/enrolments', {
      method: 'POST',
      body: { sessionId, childIds: [parent.childId, secondChild] },
    });
    expect(enrolled.status).toBe(201);
    const rows = await enrolmentsOf(owner, sessionId);
    expect(rows.map((row) => row.priceCents).sort()).toEqual([5500, 6500]);
    const full = rows.find((row) => row.priceCents === 6500);
    const reduced = rows.find((row) => row.priceCents === 5500);
    await cancel(parent, full?.id ?? '');
    expect((await enrolmentsOf(owner, sessionId)).find((row) => row.id === reduced?.id)).toMatchObject({
      status: 'confirmed',
      priceCents: 6500,
    });
  });
});
