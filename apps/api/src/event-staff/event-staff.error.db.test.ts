import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { eventRequestSchema } from '../event-requests/event-request-schemas.ts';
import {
  countEventRequestRows,
  eventRequestClient,
  partyRequest,
} from '../event-requests/testing/event-request-fixtures.ts';
import { problemSchema } from '../problems/problem.ts';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';

const BASE = '/v1/admin/tenants/liege/event-requests';

describe('event review refused', () => {
  let kit: StaffTestKit;
  let owner: postgres.Sql;
  let eva: CitizenSession;
  let reviewer: StaffSession;
  let requestId: string;
  let draftId: string;

  beforeAll(async () => {
    kit = await startStaffTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    const client = eventRequestClient(kit);
    eva = await createCitizenSession(kit.owner.db, 'eva.claes@example.be');
    reviewer = await kit.staff('reviewer@liege.example.be', 'liege', ['event-reviewer']);
    requestId = eventRequestSchema.parse(await (await client.create(eva, partyRequest(40))).json()).id;
    expect((await client.submit(eva, requestId)).status).toBe(200);
    draftId = eventRequestSchema.parse(
      await (await client.create(eva, partyRequest(45, { place: 'parc-d-avroy' }))).json(),
    ).id;
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  const expectProblem = async (res: Response, status: number, code: string) => {
    expect(res.status).toBe(status);
    expect(problemSchema.parse(await res.json()).code).toBe(code);
  };

  it('answers bad input and impossible steps with a 4xx and writes nothing', async () => {
    const before = await countEventRequestRows(owner);
    const post = (path: string, body: unknown) =>
      kit.admin(`${BASE}${path}`, reviewer, { method: 'POST', body });
    await expectProblem(await post(`/${requestId}/incomplete`, { comment: '' }), 400, 'validation_failed');
    await expectProblem(await post(`/${requestId}/incomplete`, {}), 400, 'validation_failed');
    await expectProblem(await post(`/${requestId}/review`, { extra: true }), 400, 'validation_failed');
    await expectProblem(await post('/not-a-uuid/review', {}), 400, 'validation_failed');
    await expectProblem(await kit.admin(`${BASE}?status=nonsense`, reviewer), 400, 'validation_failed');
    await expectProblem(await post(`/${draftId}/review`, {}), 404, 'event_request_not_found');
    await expectProblem(await kit.admin(`${BASE}/${draftId}`, reviewer), 404, 'event_request_not_found');
    expect(await countEventRequestRows(owner)).toEqual(before);
    expect((await post(`/${requestId}/review`, {})).status).toBe(200);
    await expectProblem(await post(`/${requestId}/review`, {}), 409, 'event_request_transition_refused');
    await owner`update event_requests set status = 'approved' where id = ${requestId}`;
    await expectProblem(
      await post(`/${requestId}/incomplete`, { comment: 'Trop tard' }),
      409,
      'event_request_transition_refused',
    );
  });
});
