import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { eventRequestSchema } from '../event-requests/event-request-schemas.ts';
import { eventRequestClient, partyRequest } from '../event-requests/testing/event-request-fixtures.ts';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { staffRequestListSchema, staffRequestSchema } from './event-staff-schemas.ts';

const BASE = '/v1/admin/tenants/liege/event-requests';

describe('reviewing event requests', () => {
  let kit: StaffTestKit;
  let jan: CitizenSession;
  let reviewer: StaffSession;
  let decider: StaffSession;
  let client: ReturnType<typeof eventRequestClient>;

  beforeAll(async () => {
    kit = await startStaffTestKit();
    client = eventRequestClient(kit);
    jan = await createCitizenSession(kit.owner.db, 'jan.dewit@example.be', {
      name: 'Jan Devos',
      language: 'fr',
    });
    reviewer = await kit.staff('reviewer@liege.example.be', 'liege', ['event-reviewer']);
    decider = await kit.staff('decider@liege.example.be', 'liege', ['event-decider']);
  });
  afterAll(() => kit.close());

  const submitted = async (days: number, place: string) => {
    const draft = eventRequestSchema.parse(
      await (await client.create(jan, partyRequest(days, { place }))).json(),
    );
    const res = await client.submit(jan, draft.id);
    expect(res.status, await res.clone().text()).toBe(200);
    return draft;
  };

  it('lists submitted requests (never drafts) by status and type, with the requester', async () => {
    const request = await submitted(40, 'place-du-marche');
    await client.create(jan, partyRequest(42, { place: 'parc-d-avroy' }));
    const res = await kit.admin(`${BASE}?status=submitted&type=neighbourhood-party`, decider);
    expect(res.status).toBe(200);
    const { requests } = staffRequestListSchema.parse(await res.json());
    expect(requests).toEqual([
      expect.objectContaining({
        id: request.id,
        status: 'submitted',
        requester: { name: 'Jan Devos', email: 'jan.dewit@example.be' },
      }),
    ]);
    const none = staffRequestListSchema.parse(
      await (await kit.admin(`${BASE}?status=approved`, reviewer)).json(),
    );
    expect(none.requests).toEqual([]);
  });

  it('takes a request under review, sends it back with what is missing (mailed in French), and it comes back', async () => {
    const request = await submitted(50, 'parc-de-la-boverie');
    const review = await kit.admin(`${BASE}/${request.id}/review`, reviewer, { method: 'POST', body: {} });
    expect(review.status).toBe(200);
    expect(staffRequestSchema.parse(await review.json()).status).toBe('under-review');

    const comment = 'Ajoutez le plan de sécurité.';
    const back = await kit.admin(`${BASE}/${request.id}/incomplete`, reviewer, {
      method: 'POST',
      body: { comment },
    });
    expect(back.status).toBe(200);
    const mine = eventRequestSchema.parse(await (await client.request(jan, `/${request.id}`)).json());
    expect(mine).toMatchObject({ status: 'incomplete', requestedChanges: comment });
    expect(mine.history.map((event) => [event.toStatus, event.actor])).toEqual([
      ['draft', 'requester'],
      ['submitted', 'requester'],
      ['under-review', 'staff'],
      ['incomplete', 'staff'],
    ]);
    const mailTo = async () =>
      (await kit.mailbox.list()).filter(
        (m) => m.message.to === 'jan.dewit@example.be' && m.message.subject.includes('à compléter'),
      );
    await expect.poll(async () => (await mailTo()).length, { timeout: 10_000 }).toBe(1);
    expect((await mailTo())[0]?.message.text).toContain(comment);

    expect(
      (await client.update(jan, request.id, partyRequest(51, { place: 'parc-de-la-boverie' }))).status,
    ).toBe(200);
    expect((await client.submit(jan, request.id)).status).toBe(200);
    const detail = staffRequestSchema.parse(await (await kit.admin(`${BASE}/${request.id}`, decider)).json());
    expect(detail).toMatchObject({
      status: 'submitted',
      requestedChanges: null,
      requester: { email: 'jan.dewit@example.be' },
    });
  });

  it('filters by place, days and words, counts per status, labels the answers and records each read', async () => {
    const request = await submitted(70, 'place-cockerill');
    const list = async (query: string) =>
      staffRequestListSchema.parse(await (await kit.admin(`${BASE}?${query}`, reviewer)).json());
    const ids = async (query: string) => (await list(query)).requests.map((row) => row.id);
    expect(await ids('place=place-cockerill')).toEqual([request.id]);
    const day = request.startsAt.slice(0, 10);
    expect(await ids(`place=place-cockerill&from=${day}&to=${day}`)).toEqual([request.id]);
    expect(await ids('place=place-cockerill&to=2020-01-01')).toEqual([]);
    expect(await ids(`q=${encodeURIComponent(request.reference.toLowerCase())}`)).toEqual([request.id]);
    expect(await ids('q=devos&place=place-cockerill')).toEqual([request.id]);
    expect(await ids('q=100%25')).toEqual([]);
    const { counts } = await list('status=approved');
    expect(counts.submitted).toBeGreaterThanOrEqual(1);
    expect(counts.draft).toBeUndefined();

    const detail = staffRequestSchema.parse(
      await (await kit.admin(`${BASE}/${request.id}`, reviewer)).json(),
    );
    expect(detail.formVersion).toBe(1);
    expect(detail.definition).toMatchObject({ key: 'event-gathering', version: 1 });
    const audited = await kit.owner.db.execute<{ action: string; target_id: string | null }>(
      sql`select action, target_id from audit_events where action like 'events.%'`,
    );
    expect(audited.map((row) => row.action)).toContain('events.requests_listed');
    expect(audited).toContainEqual({ action: 'events.request_read', target_id: request.id });
  });
});
