import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { partyRequest } from '../event-requests/testing/event-request-fixtures.ts';
import { problemSchema } from '../problems/problem.ts';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { dayIn, opinionFlow, PDF_BYTES } from './testing/opinion-fixtures.ts';

const countOpinionRows = async (owner: postgres.Sql) => {
  const [row] = await owner<{ opinions: number; files: number; members: number; events: number }[]>`
    select (select count(*)::int from event_opinions) as opinions,
      (select count(*)::int from event_opinion_attachments) as files,
      (select count(*)::int from event_service_members) as members,
      (select count(*)::int from event_request_events) as events`;
  return row;
};

describe('opinions refused', () => {
  let kit: StaffTestKit;
  let owner: postgres.Sql;
  let flow: ReturnType<typeof opinionFlow>;
  let citizen: CitizenSession;
  let admin: StaffSession;
  let reviewer: StaffSession;
  let police: StaffSession;
  let reviewed: string;
  let asked: string;
  let draftId: string;

  beforeAll(async () => {
    kit = await startStaffTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    flow = opinionFlow(kit);
    citizen = await createCitizenSession(kit.owner.db, 'marie.dubois@example.be');
    admin = await kit.staff('admin@liege.example.be', 'liege', ['admin']);
    reviewer = await kit.staff('reviewer@liege.example.be', 'liege', ['event-reviewer']);
    police = await kit.staff('police@liege.example.be', 'liege', ['service-advisor']);
    await flow.setServices(admin, police, ['police']);
    reviewed = await flow.underReview(citizen, reviewer, 40, 'place-du-marche');
    asked = await flow.underReview(citizen, reviewer, 45, 'parc-d-avroy');
    await flow.askOpinions(reviewer, asked, { services: ['police'] });
    const draft = await flow.client.create(citizen, partyRequest(60, { place: 'parc-de-la-boverie' }));
    draftId = ((await draft.json()) as { id: string }).id;
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  const expectProblem = async (res: Response, status: number, code: string) => {
    expect(res.status, await res.clone().text()).toBe(status);
    expect(problemSchema.parse(await res.json()).code).toBe(code);
  };

  it('answers bad requests for opinions with a 4xx and writes nothing', async () => {
    const before = await countOpinionRows(owner);
    const ask = (id: string, body: unknown) => flow.post(reviewer, `/${id}/opinion-requests`, body);
    await expectProblem(await ask(reviewed, {}), 400, 'validation_failed');
    await expectProblem(await ask(reviewed, { dueOn: '12/05/2027' }), 400, 'validation_failed');
    await expectProblem(await ask(reviewed, { dueOn: dayIn(5), extra: 1 }), 400, 'validation_failed');
    await expectProblem(await ask(reviewed, { dueOn: dayIn(-1) }), 422, 'event_opinion_due_date_past');
    await expectProblem(
      await ask(reviewed, { dueOn: dayIn(5), services: ['police', 'army'] }),
      422,
      'event_service_unknown',
    );
    await expectProblem(
      await ask(asked, { dueOn: dayIn(5), services: ['police'] }),
      409,
      'event_opinion_already_requested',
    );
    await expectProblem(await ask(draftId, { dueOn: dayIn(5) }), 404, 'event_request_not_found');
    await owner`update event_types set opinions = '{}' where key = 'neighbourhood-party'`;
    await expectProblem(await ask(reviewed, { dueOn: dayIn(5) }), 422, 'event_opinion_no_services');
    await owner`update event_types set opinions = '{police,mobility}' where key = 'neighbourhood-party'`;
    expect(await countOpinionRows(owner)).toEqual(before);
  });

  it('answers bad opinions and files with a 4xx and writes nothing', async () => {
    const before = await countOpinionRows(owner);
    const give = (body: unknown, service = 'police') => flow.giveOpinion(police, asked, service, body);
    await expectProblem(await give({ status: 'pending' }), 400, 'validation_failed');
    await expectProblem(await give({ status: 'favourable-with-conditions' }), 400, 'validation_failed');
    await expectProblem(await give({ status: 'favourable', conditions: 'Rien' }), 400, 'validation_failed');
    await expectProblem(await give({ status: 'favourable' }, 'mobility'), 404, 'event_opinion_not_found');
    await expectProblem(
      await flow.giveOpinion(police, reviewed, 'police', { status: 'favourable' }),
      404,
      'event_request_not_found',
    );
    await expectProblem(
      await flow.uploadFile(police, asked, 'police', Buffer.from('just some text, no signature')),
      415,
      'event_opinion_attachment_type_refused',
    );
    await expectProblem(
      await flow.uploadFile(
        police,
        asked,
        'police',
        Buffer.concat([PDF_BYTES, Buffer.alloc(10 * 1024 * 1024)]),
      ),
      413,
      'payload_too_large',
    );
    const setServices = (body: unknown, memberId = reviewer.memberId ?? '') =>
      kit.admin(`/v1/admin/tenants/liege/staff/members/${memberId}/event-services`, admin, {
        method: 'PUT',
        body,
      });
    await expectProblem(await setServices({ services: ['police'] }), 422, 'member_not_advisor');
    await expectProblem(
      await setServices({ services: ['army'] }, police.memberId),
      422,
      'event_service_unknown',
    );
    await expectProblem(await setServices({ services: 'police' }, police.memberId), 400, 'validation_failed');
    await expectProblem(
      await setServices({ services: [] }, '00000000-0000-4000-8000-000000000000'),
      404,
      'member_not_found',
    );
    expect(await countOpinionRows(owner)).toEqual(before);
  });

  it('keeps an opinion final once the request no longer waits for opinions', async () => {
    await owner`update event_requests set status = 'approved' where id = ${asked}`;
    await expectProblem(
      await flow.giveOpinion(police, asked, 'police', { status: 'favourable' }),
      409,
      'event_opinion_closed',
    );
    await expectProblem(
      await flow.uploadFile(police, asked, 'police', PDF_BYTES),
      409,
      'event_opinion_closed',
    );
    await expectProblem(
      await flow.post(reviewer, `/${asked}/opinion-requests`, { dueOn: dayIn(5), services: ['culture'] }),
      409,
      'event_request_transition_refused',
    );
  });
});
