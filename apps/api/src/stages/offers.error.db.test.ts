import { withTenant } from '@communa/db';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { PROBLEM_CONTENT_TYPE, problemSchema } from '../problems/problem.ts';
import { cancelEnrolment } from './cancel-enrolment.ts';
import type { Family } from './testing/enrolment-fixtures.ts';
import { createFamilies, openSessionNow } from './testing/enrolment-fixtures.ts';
import { callAs, enrolInTurn, enrolmentsOf, everythingWritten } from './testing/offer-fixtures.ts';

describe('cancellation and offers: bad requests write nothing', () => {
  let kit: AuthTestKit;
  let owner: postgres.Sql;
  let call: ReturnType<typeof callAs>;
  let sessionId: string;
  let holder: Family;
  let waiting: Family;
  let held: string;
  let queued: string;

  const post = (who: Family, path: string, body?: string) =>
    kit.platform.app.request(`/v1/tenants/liege/me/enrolments/${path}`, {
      method: 'POST',
      headers: { ...kit.withBearer(who.token), 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body }),
    });
  const expectProblem = async (res: Response, status: number, code?: string) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain(PROBLEM_CONTENT_TYPE);
    const problem = problemSchema.parse(await res.json());
    if (code) expect(problem.code).toBe(code);
    return problem;
  };

  beforeAll(async () => {
    kit = await startAuthTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    call = callAs(kit);
    sessionId = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-27-6-8-ans',
      capacity: 1,
    });
    const families = await createFamilies(owner, {
      tenant: 'liege',
      count: 2,
      birthDate: '2020-03-01',
      prefix: 'errors',
    });
    [holder, waiting] = families as [Family, Family];
    [held, queued] = (await enrolInTurn(kit, sessionId, families)) as [string, string];
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('refuses a body that is not a known reason, and an id that is not one, with a problem', async () => {
    const before = await everythingWritten(owner);
    for (const body of [
      JSON.stringify({ reason: 'bored' }),
      JSON.stringify({}),
      JSON.stringify({ reason: 'personal', refund: true }),
      JSON.stringify({ reason: 7 }),
      JSON.stringify(['personal']),
      '{"reason":',
    ]) {
      const problem = await expectProblem(await post(holder, `${held}/cancellation`, body), 400);
      expect(problem.title).toBeTruthy();
    }
    await expectProblem(await post(holder, `${held}/cancellation`), 400);
    await expectProblem(
      await post(holder, 'not-a-uuid/cancellation', JSON.stringify({ reason: 'personal' })),
      400,
    );
    await expectProblem(await post(holder, 'not-a-uuid/offer/accept'), 400);
    expect(await everythingWritten(owner)).toEqual(before);
  });

  it('refuses to answer an offer that was never made, or to cancel twice', async () => {
    const before = await everythingWritten(owner);
    await expectProblem(await post(holder, `${held}/offer/accept`), 409, 'no_pending_offer');
    await expectProblem(await post(waiting, `${queued}/offer/decline`), 409, 'no_pending_offer');
    expect(await everythingWritten(owner)).toEqual(before);

    const first = await call(holder, `/enrolments/${held}/cancellation`, {
      method: 'POST',
      body: { reason: 'personal' },
    });
    expect(first.status).toBe(200);
    const cancelled = await everythingWritten(owner);
    await expectProblem(
      await post(holder, `${held}/cancellation`, JSON.stringify({ reason: 'medical' })),
      409,
      'enrolment_already_cancelled',
    );
    expect(await everythingWritten(owner)).toEqual(cancelled);
  });

  it('refuses an offer answered after its deadline (offer_expired) and writes nothing', async () => {
    // The previous test cancelled the holder's seat: the waiting family holds an offer.
    expect((await enrolmentsOf(owner, sessionId))[1]).toMatchObject({ id: queued, status: 'offered' });
    await owner`update stage_enrolments set offer_expires_at = now() - interval '1 minute' where id = ${queued}`;
    const before = await everythingWritten(owner);
    await expectProblem(await post(waiting, `${queued}/offer/accept`), 409, 'offer_expired');
    await expectProblem(await post(waiting, `${queued}/offer/decline`), 409, 'offer_expired');
    expect(await everythingWritten(owner)).toEqual(before);
  });

  it('leaves no offer, no job and no e-mail behind when the cancelling transaction rolls back', async () => {
    const second = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-28-6-8-ans',
      capacity: 1,
    });
    const families = await createFamilies(owner, {
      tenant: 'liege',
      count: 2,
      birthDate: '2020-03-01',
      prefix: 'rollback',
    });
    const [seat] = await enrolInTurn(kit, second, families);
    const tenant = await kit.platform.platform.tenants.resolve('liege');
    if (!tenant || !seat || !families[0]) throw new Error('fixtures missing');
    const before = await everythingWritten(owner);
    const failed = await withTenant(kit.platform.platform.db, tenant.id, async (tx) => {
      await cancelEnrolment(tx, { jobs: kit.platform.platform.jobs, offerHours: 48 }, tenant, {
        householdId: families[0]?.householdId ?? '',
        enrolmentId: seat,
        reason: 'personal',
        now: new Date(),
      });
      throw new Error('crash after the change, before its commit');
    }).catch((error: unknown) => error);
    expect(String(failed)).toContain('crash after the change');
    expect(await everythingWritten(owner)).toEqual(before);
  });
});
