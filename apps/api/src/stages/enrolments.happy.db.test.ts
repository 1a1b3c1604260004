import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { personalDataExportSchema } from '../households/household-schemas.ts';
import { problemSchema } from '../problems/problem.ts';
import { enrolmentAnswerSchema, myEnrolmentsSchema } from './enrolment-schemas.ts';
import { catalogueSchema } from './stage-schemas.ts';
import { openSessionNow } from './testing/enrolment-fixtures.ts';

describe('enrolling children in a session', () => {
  let kit: AuthTestKit;
  let owner: postgres.Sql;
  let parent: CitizenSession;
  let zoe: string;
  let tom: string;
  let multisports: string;

  const call = (
    who: CitizenSession,
    path: string,
    init: { method?: string; body?: unknown; key?: string } = {},
  ) =>
    kit.platform.app.request(`/v1/tenants/liege/me${path}`, {
      method: init.method ?? 'GET',
      headers: {
        ...kit.withBearer(who.token),
        'content-type': 'application/json',
        ...(init.key ? { 'idempotency-key': init.key } : {}),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  const enrol = (who: CitizenSession, body: unknown, key?: string) =>
    call(who, '/enrolments', { method: 'POST', body, ...(key ? { key } : {}) });
  const family = async (email: string, postalCode: string, birthDates: string[], language?: string) => {
    const who = await createCitizenSession(kit.owner.db, email, language ? { language } : {});
    await call(who, '/household', {
      method: 'PUT',
      body: { street: 'Rue Léopold', number: '1', postalCode, city: 'Liège' },
    });
    const ids: string[] = [];
    for (const [i, birthDate] of birthDates.entries()) {
      const res = await call(who, '/children', {
        method: 'POST',
        body: { firstName: `Child${i}`, lastName: email, birthDate },
      });
      ids.push(((await res.json()) as { id: string }).id);
    }
    return { who, ids };
  };
  const countEnrolments = async () =>
    (await owner<{ n: number }[]>`select count(*)::int as n from stage_enrolments`)[0]?.n;

  beforeAll(async () => {
    kit = await startAuthTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    parent = await createCitizenSession(kit.owner.db, 'parent@example.be', {
      name: 'An Peeters',
      language: 'nl',
    });
    await call(parent, '/household', {
      method: 'PUT',
      body: { street: 'Rue Léopold', number: '1', postalCode: '4000', city: 'Liège' },
    });
    for (const [firstName, birthDate] of [
      ['Zoé', '2020-03-01'],
      ['Tom', '2020-06-15'],
    ] as const) {
      const res = await call(parent, '/children', {
        method: 'POST',
        body: { firstName, lastName: 'Peeters', birthDate },
      });
      const { id } = (await res.json()) as { id: string };
      if (firstName === 'Zoé') zoe = id;
      else tom = id;
    }
    multisports = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-27-6-8-ans',
      capacity: 1,
    });
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('confirms the first child, waitlists the second, mails the parent and shows it all', async () => {
    const res = await enrol(parent, { sessionId: multisports, childIds: [zoe, tom] });
    expect(res.status).toBe(201);
    const answer = enrolmentAnswerSchema.parse(await res.json());
    expect(answer.results).toMatchObject([
      { childId: zoe, status: 'confirmed', priceCents: 6500, residencyUnconfirmed: false },
      // Second child of the household: the sibling reduction, once for the one week.
      { childId: tom, status: 'waitlisted', position: 1, priceCents: 5500 },
    ]);
    const references = answer.results.flatMap((r) => (r.status === 'refused' ? [] : [r.reference]));
    for (const reference of references) expect(reference).toMatch(/^LIE-2027-[0-9A-HJKMNP-TV-Z]{5}$/);

    const catalogue = catalogueSchema.parse(
      await (await kit.platform.app.request('/v1/tenants/liege/stages?category=sports&week=2027-W27')).json(),
    );
    const session = catalogue.stages.flatMap((s) => s.sessions).find((s) => s.id === multisports);
    expect(session?.seatsLeft).toBe(0);

    const mine = myEnrolmentsSchema.parse(await (await call(parent, '/enrolments')).json());
    expect(
      mine.enrolments.map((e) => [e.child.firstName, e.status, e.waitlistPosition, e.reference]).sort(),
    ).toEqual([
      ['Tom', 'waitlisted', 1, references[1]],
      ['Zoé', 'confirmed', null, references[0]],
    ]);
    expect(mine.enrolments[0]?.session).toMatchObject({
      key: 'semaine-27-6-8-ans',
      hours: { from: '09:00', to: '16:00' },
      stage: { key: 'multisports', title: { nl: 'Multisport in Sart-Tilman' } },
    });

    const exported = personalDataExportSchema.parse(await (await call(parent, '/export')).json());
    expect(exported.stageEnrolments.map((e) => e.reference).sort()).toEqual([...references].sort());

    // Two e-mails, in the parent's language, once the enrolment committed (e-mails are jobs): the
    // enrolment's answer for both children, and the invoice of Zoé's confirmed seat.
    const mailTo = async () => (await kit.mailbox.list()).filter((m) => m.message.to === 'parent@example.be');
    await expect.poll(async () => (await mailTo()).length, { timeout: 10_000 }).toBe(2);
    const mails = await mailTo();
    const invoice = mails.find((m) => m.message.subject.startsWith('Betaling van de stage'));
    expect(invoice?.message.text).toContain(references[0]);
    const mail = mails.find((m) => m !== invoice);
    expect(mail?.message.subject).toContain('Multisport in Sart-Tilman');
    expect(mail?.message.text).toContain(`Zoé: inschrijving bevestigd (referentie ${references[0]}`);
    expect(mail?.message.text).toContain(`Tom: op de wachtlijst, op plaats 1 (referentie ${references[1]})`);
  });

  it('refuses a child already enrolled in the session or in an overlapping one, and writes nothing', async () => {
    const before = await countEnrolments();
    const again = await enrol(parent, { sessionId: multisports, childIds: [zoe] });
    expect(again.status).toBe(409);
    const problem = problemSchema.parse(await again.json());
    expect(problem.code).toBe('enrolment_refused');
    expect(problem.errors).toEqual([
      expect.objectContaining({ path: 'childIds.0', code: 'already_enrolled' }),
    ]);
    // The same mornings of the same week: swimming 9:00–12:00 overlaps multisports 9:00–16:00.
    const swimming = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'natation-debutants',
      session: 'semaine-27',
    });
    const overlap = await enrol(parent, { sessionId: swimming, childIds: [tom] });
    expect(problemSchema.parse(await overlap.json()).errors).toEqual([
      expect.objectContaining({ code: 'overlapping_session' }),
    ]);
    expect(await countEnrolments()).toBe(before);
  });

  it('reports a refused child beside the enrolled one', async () => {
    const family2 = await family('mixed@example.be', '4000', ['2020-03-01', '2014-01-01']);
    const session = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'nature-en-ville',
      session: 'semaine-31',
    });
    const res = await enrol(family2.who, { sessionId: session, childIds: family2.ids });
    expect(res.status).toBe(201);
    expect(enrolmentAnswerSchema.parse(await res.json()).results).toMatchObject([
      { status: 'confirmed' },
      { status: 'refused', reason: 'age_out_of_range' },
    ]);
  });

  it('replays the first answer to a retry with the same Idempotency-Key and creates nothing', async () => {
    const session = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-28-6-8-ans',
    });
    const key = crypto.randomUUID();
    const body = { sessionId: session, childIds: [zoe] };
    const first = await enrol(parent, body, key);
    expect(first.status).toBe(201);
    const firstBody: unknown = await first.json();
    const before = await countEnrolments();
    const retries = await Promise.all([
      enrol(parent, body, key),
      enrol(parent, { ...body, allOrNone: false }, key),
    ]);
    for (const retry of retries) {
      expect(retry.status).toBe(201);
      expect(await retry.json()).toEqual(firstBody);
    }
    expect(await countEnrolments()).toBe(before);

    const other = await enrol(parent, { sessionId: session, childIds: [tom] }, key);
    expect(other.status).toBe(422);
    expect(problemSchema.parse(await other.json()).code).toBe('idempotency_key_reused');
    expect(await countEnrolments()).toBe(before);
  });

  it('keeps siblings together with allOrNone: all waitlisted when seats are short, none when one is refused', async () => {
    const twins = await family('twins@example.be', '4000', ['2020-02-02', '2020-02-02', '2010-01-01']);
    const session = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-30-6-8-ans',
      capacity: 1,
    });
    const before = await countEnrolments();
    const refused = await enrol(twins.who, { sessionId: session, childIds: twins.ids, allOrNone: true });
    expect(refused.status).toBe(409);
    expect(problemSchema.parse(await refused.json()).errors?.map((e) => e.code)).toEqual([
      'sibling_refused',
      'sibling_refused',
      'age_out_of_range',
    ]);
    expect(await countEnrolments()).toBe(before);

    const together = await enrol(twins.who, {
      sessionId: session,
      childIds: twins.ids.slice(0, 2),
      allOrNone: true,
    });
    expect(together.status).toBe(201);
    expect(enrolmentAnswerSchema.parse(await together.json()).results).toMatchObject([
      { status: 'waitlisted', position: 1 },
      { status: 'waitlisted', position: 2 },
    ]);
    const [row] = await owner<
      { seatsTaken: number }[]
    >`select seats_taken as "seatsTaken" from stage_sessions where id = ${session}`;
    expect(row?.seatsTaken).toBe(0);
  });

  it('lets residents in first, flagged until staff confirm the residency; others are told when they may enrol', async () => {
    const session = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'robots-et-code',
      session: 'semaine-30',
      audience: 'residents',
    });
    const resident = await family('resident@example.be', '4000', ['2015-05-05']);
    const outsider = await family('outsider@example.be', '1000', ['2015-05-05']);
    const inside = await enrol(resident.who, { sessionId: session, childIds: resident.ids });
    expect(enrolmentAnswerSchema.parse(await inside.json()).results).toMatchObject([
      { status: 'confirmed', residencyUnconfirmed: true },
    ]);
    const outside = await enrol(outsider.who, { sessionId: session, childIds: outsider.ids });
    expect(outside.status).toBe(409);
    const problem = problemSchema.parse(await outside.json());
    expect(problem.errors).toEqual([expect.objectContaining({ code: 'not_open_yet' })]);
    expect(problem.detail).toMatch(/opens for your household at \d{4}-\d\d-\d\dT/);
  });
});
