import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../problems/problem.ts';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import type { Family } from '../stages/testing/enrolment-fixtures.ts';
import { createFamilies } from '../stages/testing/enrolment-fixtures.ts';
import { enrolDirectly, sessionIdOf } from './testing/stage-staff-fixtures.ts';

describe('stage sessions in the back-office: bad input writes nothing', () => {
  let kit: StaffTestKit;
  let owner: postgres.Sql;
  let manager: StaffSession;
  let session: string;
  let overlapping: string;
  let families: Family[];
  let confirmed: string;
  let elsewhere: string;
  let base: string;

  const problem = async (res: Response, status: number, code: string) => {
    expect(res.status, await res.clone().text()).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(problemSchema.parse(await res.json()).code).toBe(code);
  };
  const snapshot = async () =>
    owner<{ enrolments: string; attendance: number; animators: number; seats: string }[]>`
      select
        (select string_agg(id || status, ',' order by id) from stage_enrolments) as enrolments,
        (select count(*)::int from stage_attendance) as attendance,
        (select count(*)::int from stage_session_animators) as animators,
        (select string_agg(id || ':' || seats_taken, ',' order by id) from stage_sessions) as seats`;

  beforeAll(async () => {
    kit = await startStaffTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 4, onnotice: () => {} });
    manager = await kit.staff('manager@liege.example.be', 'liege', ['stage-manager']);
    session = await sessionIdOf(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-27-6-8-ans',
    });
    const [other] = await owner<{ id: string }[]>`
      select ss.id from stage_sessions ss join tenants t on t.id = ss.tenant_id
      where t.slug = 'liege' and ss.id <> ${session} and '2027-07-05' = any(ss.days) limit 1`;
    overlapping = other?.id ?? '';
    await owner`update stage_sessions set capacity = 2 where id = ${session}`;
    families = await createFamilies(owner, {
      tenant: 'liege',
      count: 14,
      birthDate: '2020-03-01',
      prefix: 'staffbad',
    });
    const [first, second] = families;
    confirmed = await enrolDirectly(owner, {
      sessionId: session,
      childId: first?.childId ?? '',
      householdId: first?.householdId ?? '',
      status: 'confirmed',
    });
    elsewhere = await enrolDirectly(owner, {
      sessionId: overlapping,
      childId: second?.childId ?? '',
      householdId: second?.householdId ?? '',
      status: 'confirmed',
    });
    base = `/v1/admin/tenants/liege/stage-sessions/${session}`;
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('refuses malformed filters and ids with 400', async () => {
    await problem(
      await kit.admin('/v1/admin/tenants/liege/stage-sessions?week=soon', manager),
      400,
      'validation_failed',
    );
    await problem(
      await kit.admin('/v1/admin/tenants/liege/stage-sessions?colour=red', manager),
      400,
      'validation_failed',
    );
    await problem(
      await kit.admin('/v1/admin/tenants/liege/stage-sessions/not-a-uuid', manager),
      400,
      'validation_failed',
    );
    await problem(
      await kit.admin('/v1/admin/tenants/liege/stage-sessions/123/list.pdf', manager),
      400,
      'validation_failed',
    );
  });

  it('answers 404 for a session that does not exist', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    await problem(
      await kit.admin(`/v1/admin/tenants/liege/stage-sessions/${unknown}`, manager),
      404,
      'stage_session_not_found',
    );
    await problem(
      await kit.admin(`/v1/admin/tenants/liege/stage-sessions/${unknown}/list.csv`, manager),
      404,
      'stage_session_not_found',
    );
  });

  it('refuses attendance for a day outside the session, a bad body or a child not enrolled, writing nothing', async () => {
    const before = await snapshot();
    const mark = (body: unknown, day = '2027-07-05') =>
      kit.admin(`${base}/attendance/${day}`, manager, { method: 'PUT', body });
    const ok = [{ enrolmentId: confirmed, status: 'present' }];
    await problem(await mark({ marks: ok }, '2027-07-10'), 400, 'day_not_in_session');
    await problem(await kit.admin(`${base}/attendance/2027-07-10`, manager), 400, 'day_not_in_session');
    await problem(await mark({ marks: ok }, '2027-02-30'), 400, 'validation_failed');
    await problem(await mark({ marks: [] }), 400, 'validation_failed');
    await problem(
      await mark({ marks: [{ enrolmentId: confirmed, status: 'late' }] }),
      400,
      'validation_failed',
    );
    await problem(await mark({ marks: [...ok, ...ok] }), 400, 'validation_failed');
    await problem(await mark({ marks: ok, extra: true }), 400, 'validation_failed');
    await problem(
      await mark({ marks: [...ok, { enrolmentId: elsewhere, status: 'absent' }] }),
      400,
      'enrolment_not_confirmed',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an enrolment by hand for a child outside the household, already there or elsewhere at the time', async () => {
    const before = await snapshot();
    const add = (body: unknown) => kit.admin(`${base}/enrolments`, manager, { method: 'POST', body });
    const [first, second, third] = families;
    await problem(
      await add({ childId: third?.childId, householdId: first?.householdId }),
      404,
      'child_not_found',
    );
    await problem(
      await add({ childId: first?.childId, householdId: first?.householdId }),
      409,
      'already_enrolled',
    );
    await problem(
      await add({ childId: second?.childId, householdId: second?.householdId }),
      409,
      'overlapping_session',
    );
    await problem(await add({ childId: third?.childId }), 400, 'validation_failed');
    expect(await snapshot()).toEqual(before);
  });

  it('never overbooks: of 10 simultaneous additions for the last seat, one is confirmed and 9 are 409', async () => {
    const answers = await Promise.all(
      families.slice(4, 14).map((family) =>
        kit.admin(`${base}/enrolments`, manager, {
          method: 'POST',
          body: { childId: family.childId, householdId: family.householdId },
        }),
      ),
    );
    expect(answers.map((res) => res.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    const [row] = await owner<{ seats: number; live: number }[]>`
      select seats_taken as seats,
        (select count(*)::int from stage_enrolments where session_id = ${session} and status = 'confirmed') as live
      from stage_sessions where id = ${session}`;
    expect(row).toEqual({ seats: 2, live: 2 });
  });

  it('refuses to cancel twice, to move into the same or a full session, and keeps the enrolment as it was', async () => {
    const before = await snapshot();
    const move = (to: string) =>
      kit.admin(`${base}/enrolments/${confirmed}/move`, manager, {
        method: 'POST',
        body: { toSessionId: to },
      });
    await problem(await move(session), 400, 'same_session');
    await owner`update stage_sessions set capacity = seats_taken where id = ${overlapping}`;
    await problem(await move(overlapping), 409, 'stage_session_full');
    await problem(await move('00000000-0000-4000-8000-000000000000'), 404, 'stage_session_not_found');
    await problem(
      await kit.admin(`${base}/enrolments/${elsewhere}/cancel`, manager, { method: 'POST' }),
      404,
      'stage_enrolment_not_found',
    );
    expect(await snapshot()).toEqual(before);
    expect(
      (await kit.admin(`${base}/enrolments/${confirmed}/cancel`, manager, { method: 'POST' })).status,
    ).toBe(200);
    await problem(
      await kit.admin(`${base}/enrolments/${confirmed}/cancel`, manager, { method: 'POST' }),
      409,
      'enrolment_cancelled',
    );
  });

  it('refuses a message to families that is empty, too long, has unknown fields or reaches nobody, queuing nothing', async () => {
    const jobs = async () =>
      (await owner<{ n: number }[]>`select count(*)::int as n from pgboss.job where name = 'mail'`)[0]?.n;
    const before = await jobs();
    const path = `/v1/admin/tenants/liege/stage-sessions/${session}/messages`;
    for (const body of [
      { subject: ' ', text: 'Maillot' },
      { subject: 'Piscine', text: '' },
      { subject: 'x'.repeat(151), text: 'Maillot' },
      { subject: 'Piscine', text: 'x'.repeat(5001) },
      { subject: 'Piscine', text: 'Maillot', audience: 'everyone' },
      { subject: 'Piscine', text: 'Maillot', bcc: 'someone@example.be' },
    ])
      await problem(await kit.admin(path, manager, { method: 'POST', body }), 400, 'validation_failed');
    const [empty] = await owner<{ id: string }[]>`
      select ss.id from stage_sessions ss join tenants t on t.id = ss.tenant_id
      where t.slug = 'liege' and not exists (select 1 from stage_enrolments e where e.session_id = ss.id)
      limit 1`;
    await problem(
      await kit.admin(`/v1/admin/tenants/liege/stage-sessions/${empty?.id}/messages`, manager, {
        method: 'POST',
        body: { subject: 'Piscine', text: 'Maillot' },
      }),
      409,
      'no_families',
    );
    expect(await jobs()).toBe(before);
  });

  it('refuses to assign someone who is not an animator of the commune, writing nothing', async () => {
    const before = await snapshot();
    const reviewer = await kit.staff('reviewer@liege.example.be', 'liege', ['event-reviewer']);
    const foreign = await kit.staff('animator@herstal.example.be', 'herstal', ['animator']);
    const animator = await kit.staff('animator@liege.example.be', 'liege', ['animator']);
    const res = await kit.admin(`${base}/animators`, manager, {
      method: 'PUT',
      body: { userIds: [animator.userId, reviewer.userId, foreign.userId] },
    });
    expect(res.status).toBe(400);
    const body = problemSchema.parse(await res.json());
    expect(body.code).toBe('not_an_animator');
    expect(body.errors?.map((e) => e.path)).toEqual(['userIds.1', 'userIds.2']);
    expect(await snapshot()).toEqual(before);
  });
});
