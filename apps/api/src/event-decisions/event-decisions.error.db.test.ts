import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { opinionFlow, STAFF_REQUESTS } from '../event-opinions/testing/opinion-fixtures.ts';
import { eventRequestSchema } from '../event-requests/event-request-schemas.ts';
import { partyRequest } from '../event-requests/testing/event-request-fixtures.ts';
import { problemSchema } from '../problems/problem.ts';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';

const countDecisionRows = async (owner: postgres.Sql) => {
  const [row] = await owner<{ decisions: number; events: number; closed: number }[]>`
    select (select count(*)::int from event_request_decisions) as decisions,
      (select count(*)::int from event_request_events) as events,
      (select count(*)::int from event_requests where status = 'closed') as closed`;
  return row;
};

describe('decisions refused', () => {
  let kit: StaffTestKit;
  let owner: postgres.Sql;
  let flow: ReturnType<typeof opinionFlow>;
  let citizen: CitizenSession;
  let decider: StaffSession;
  let reviewed: string;
  let submitted: string;

  beforeAll(async () => {
    kit = await startStaffTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    flow = opinionFlow(kit);
    citizen = await createCitizenSession(kit.owner.db, 'sophie.renard@example.be');
    const reviewer = await kit.staff('reviewer@liege.example.be', 'liege', ['event-reviewer']);
    decider = await kit.staff('decider@liege.example.be', 'liege', ['event-decider']);
    reviewed = await flow.underReview(citizen, reviewer, 40, 'place-du-marche');
    const draft = eventRequestSchema.parse(
      await (await flow.client.create(citizen, partyRequest(45, { place: 'parc-d-avroy' }))).json(),
    );
    expect((await flow.client.submit(citizen, draft.id)).status).toBe(200);
    submitted = draft.id;
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  const expectProblem = async (res: Response, status: number, code: string) => {
    expect(res.status, await res.clone().text()).toBe(status);
    expect(problemSchema.parse(await res.json()).code).toBe(code);
  };

  it('answers bad decisions, closings and early letters with a 4xx and writes nothing', async () => {
    const before = await countDecisionRows(owner);
    const decide = (id: string, body: unknown) => flow.post(decider, `/${id}/decision`, body);
    await expectProblem(await decide(reviewed, { outcome: 'approved' }), 400, 'validation_failed');
    await expectProblem(
      await decide(reviewed, { outcome: 'maybe', motivation: 'x' }),
      400,
      'validation_failed',
    );
    await expectProblem(
      await decide(reviewed, { outcome: 'approved', motivation: 'x', conditions: 'y' }),
      400,
      'validation_failed',
    );
    await expectProblem(
      await decide(reviewed, { outcome: 'approved-with-conditions', motivation: 'Sous conditions.' }),
      422,
      'event_decision_conditions_required',
    );
    await expectProblem(
      await decide(submitted, { outcome: 'approved', motivation: 'Trop tôt.' }),
      409,
      'event_request_transition_refused',
    );
    await expectProblem(await flow.post(decider, `/${reviewed}/closing`), 409, 'event_request_not_closable');
    await expectProblem(
      await kit.admin(`${STAFF_REQUESTS}/${reviewed}/decision-letter`, decider),
      404,
      'event_decision_letter_not_found',
    );
    await expectProblem(
      await flow.client.request(citizen, `/${reviewed}/decision-letter`),
      404,
      'event_decision_letter_not_found',
    );
    expect(await countDecisionRows(owner)).toEqual(before);
  });

  it('decides once: a decided request is neither decided again nor closed twice', async () => {
    expect(
      (await flow.post(decider, `/${reviewed}/decision`, { outcome: 'approved', motivation: 'Oui.' })).status,
    ).toBe(200);
    await expectProblem(
      await flow.post(decider, `/${reviewed}/decision`, { outcome: 'refused', motivation: 'Non.' }),
      409,
      'event_request_transition_refused',
    );
    expect((await flow.post(decider, `/${reviewed}/closing`)).status).toBe(200);
    await expectProblem(await flow.post(decider, `/${reviewed}/closing`), 409, 'event_request_not_closable');
    await expectProblem(await flow.client.withdraw(citizen, reviewed), 409, 'event_request_not_withdrawable');
  });
});
