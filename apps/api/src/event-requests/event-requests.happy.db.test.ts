import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { eventRequestListSchema, eventRequestSchema } from './event-request-schemas.ts';
import { eventRequestClient, gatheringAnswers, partyRequest } from './testing/event-request-fixtures.ts';

describe('a requester’s event permit requests', () => {
  let kit: AuthTestKit;
  let owner: postgres.Sql;
  let marie: CitizenSession;
  let client: ReturnType<typeof eventRequestClient>;

  beforeAll(async () => {
    kit = await startAuthTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    client = eventRequestClient(kit);
    marie = await createCitizenSession(kit.owner.db, 'marie.lambert@example.be', {
      name: 'Marie Lambert',
      language: 'fr',
    });
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('creates a draft, edits it, submits it with a confirmation e-mail, and shows its history', async () => {
    const created = await client.create(marie, partyRequest(40, { answers: { programme: 'À préciser' } }));
    expect(created.status).toBe(201);
    const draft = eventRequestSchema.parse(await created.json());
    expect(draft).toMatchObject({
      status: 'draft',
      type: 'neighbourhood-party',
      place: 'place-du-marche',
      equipment: [
        { key: 'benches', quantity: 20 },
        { key: 'tables', quantity: 10 },
      ],
      submittedAt: null,
      history: [{ fromStatus: null, toStatus: 'draft', actor: 'requester' }],
    });
    expect(draft.reference).toMatch(/^LIE-\d{4}-[0-9A-Z]{5}$/);

    const edited = await client.update(marie, draft.id, partyRequest(41, { title: 'Fête Saint-Gilles' }));
    expect(edited.status).toBe(200);
    expect(eventRequestSchema.parse(await edited.json())).toMatchObject({
      title: 'Fête Saint-Gilles',
      reference: draft.reference,
      status: 'draft',
    });

    const submitted = await client.submit(marie, draft.id);
    expect(submitted.status).toBe(200);
    const body = eventRequestSchema.parse(await submitted.json());
    expect(body.status).toBe('submitted');
    expect(body.formVersion).toBe(1);
    expect(body.submittedAt).not.toBeNull();
    expect(body.history.map((event) => event.toStatus)).toEqual(['draft', 'submitted']);

    const mailTo = async () =>
      (await kit.mailbox.list()).filter((m) => m.message.to === 'marie.lambert@example.be');
    await expect.poll(async () => (await mailTo()).length, { timeout: 10_000 }).toBe(1);
    const [mail] = await mailTo();
    expect(mail?.message.subject).toBe(
      `Fête Saint-Gilles : demande d'autorisation reçue (${draft.reference})`,
    );
    expect(mail?.message.text).toContain(draft.reference);

    const list = eventRequestListSchema.parse(await (await client.request(marie, '')).json());
    expect(list.requests).toContainEqual(
      expect.objectContaining({ id: draft.id, status: 'submitted', title: 'Fête Saint-Gilles' }),
    );
    const [stored] = await owner<{ status: string; form_version: number }[]>`
      select status, form_version from event_requests where id = ${draft.id}`;
    expect(stored).toEqual({ status: 'submitted', form_version: 1 });
  });

  it('withdraws a submitted request, which frees its place for another', async () => {
    const first = eventRequestSchema.parse(
      await (await client.create(marie, partyRequest(50, { place: 'parc-d-avroy' }))).json(),
    );
    expect((await client.submit(marie, first.id)).status).toBe(200);
    const second = eventRequestSchema.parse(
      await (await client.create(marie, partyRequest(50, { place: 'parc-d-avroy' }))).json(),
    );
    expect((await client.submit(marie, second.id)).status).toBe(422);

    const withdrawn = await client.withdraw(marie, first.id, { comment: 'Reportée à l’an prochain' });
    expect(withdrawn.status).toBe(200);
    expect(eventRequestSchema.parse(await withdrawn.json())).toMatchObject({
      status: 'withdrawn',
      history: [
        { toStatus: 'draft' },
        { toStatus: 'submitted' },
        { toStatus: 'withdrawn', comment: 'Reportée à l’an prochain' },
      ],
    });
    expect((await client.submit(marie, second.id)).status).toBe(200);
  });

  it('accepts an address instead of a bookable place', async () => {
    const res = await client.create(
      marie,
      partyRequest(45, {
        place: undefined,
        address: { street: 'Rue Saint-Gilles', number: '12', postalCode: '4000', city: 'Liège' },
        equipment: [],
      }),
    );
    expect(res.status).toBe(201);
    const draft = eventRequestSchema.parse(await res.json());
    expect(draft.place).toBeNull();
    expect(draft.address).toMatchObject({ street: 'Rue Saint-Gilles' });
    expect((await client.submit(marie, draft.id)).status).toBe(200);
  });

  it('checks the answers in the language the page showed the form in (Accept-Language), whatever the profile’s', async () => {
    const created = await client.create(
      marie,
      partyRequest(47, {
        place: undefined,
        address: { street: 'Hoogstraat', number: '12', postalCode: '4000', city: 'Luik' },
        equipment: [],
        answers: {
          ...gatheringAnswers(),
          rules: {
            accepted: true,
            text: 'Ik leef de voorwaarden van de toelating na en laat de openbare ruimte na het evenement schoon achter.',
          },
        },
      }),
    );
    const draft = eventRequestSchema.parse(await created.json());
    const submit = (language: string) =>
      kit.platform.app.request(`/v1/tenants/liege/me/event-requests/${draft.id}/submission`, {
        method: 'POST',
        headers: { ...kit.withBearer(marie.token), 'accept-language': language },
      });
    const inFrench = await submit('fr-BE');
    expect(inFrench.status).toBe(422);
    expect(await inFrench.json()).toMatchObject({
      errors: [{ path: 'answers.rules.text', code: 'consent_text_mismatch' }],
    });
    expect((await submit('nl-BE,nl;q=0.9')).status).toBe(200);
  });
});
