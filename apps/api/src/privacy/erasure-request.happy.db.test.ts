import { users } from '@communa/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { householdSchema } from '../households/household-schemas.ts';
import { erasureRequestAcceptedSchema } from './erasure-schemas.ts';

const address = { street: 'Rue Léopold', number: '12', postalCode: '4000', city: 'Liège' };

describe('asking a commune to erase my data: happy paths', () => {
  let kit: AuthTestKit;
  let parent: CitizenSession;
  let householdId: string;

  const call = (
    session: CitizenSession,
    path: string,
    init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) =>
    kit.platform.app.request(`/v1/tenants/liege/me${path}`, {
      method: init.method ?? 'GET',
      headers: { ...kit.withBearer(session.token), 'content-type': 'application/json', ...init.headers },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  const mailsTo = async (address: string) =>
    (await kit.mailbox.list()).filter((m) => m.message.to === address).map((m) => m.message);

  beforeAll(async () => {
    kit = await startAuthTestKit();
    parent = await createCitizenSession(kit.owner.db, 'erase.me@example.be', {
      name: 'Alex Parent',
      language: 'nl',
    });
    const saved = await call(parent, '/household', { method: 'PUT', body: address });
    householdId = householdSchema.parse(await saved.json()).id;
    for (const firstName of ['Lou', 'Noa']) {
      const res = await call(parent, '/children', {
        method: 'POST',
        body: { firstName, lastName: 'Parent', birthDate: '2018-05-14', niss: '18.05.14-123.93' },
      });
      expect(res.status).toBe(201);
    }
  });
  afterAll(() => kit.close());

  it('accepts the request (202) and mails the data protection officer who asks and what is held', async () => {
    const before = Date.now();
    const res = await call(parent, '/erasure-request', { method: 'POST' });
    expect(res.status).toBe(202);
    const { requestedAt } = erasureRequestAcceptedSchema.parse(await res.json());
    expect(Date.parse(requestedAt)).toBeGreaterThanOrEqual(before - 1000);

    const [toDpo, ...more] = await mailsTo('dpo@liege.be');
    expect(more).toEqual([]);
    // Written in the commune's working language, whatever the person's.
    expect(toDpo?.subject).toBe('Demande d’effacement de données — Ville de Liège');
    for (const part of [toDpo?.text, toDpo?.html]) {
      expect(part).toContain(parent.userId);
      expect(part).toContain('erase.me@example.be');
      expect(part).toContain('Alex Parent');
      expect(part).toContain(householdId);
      expect(part).toContain('Enfants enregistrés: 2');
    }
    // Data minimisation: the officer gets what identifies the person, not the children's numbers.
    expect(toDpo?.text).not.toContain('18051412393');
  });

  it('confirms to the person in their preferred language, with a plain-text part', async () => {
    const [receipt] = await mailsTo('erase.me@example.be');
    expect(receipt?.subject).toBe('Uw verzoek tot wissing — Stad Luik');
    expect(receipt?.html).toContain('<html lang="nl">');
    expect(receipt?.text).toContain('functionaris voor gegevensbescherming');
    expect(receipt?.text).not.toMatch(/<[a-z]/i);
    expect(receipt?.replyTo).toBe('info@liege.be');
  });

  it('deletes nothing: the household, its children and the person stay', async () => {
    const household = householdSchema.parse(await (await call(parent, '/household')).json());
    expect(household.children.map((c) => c.firstName).sort()).toEqual(['Lou', 'Noa']);
    const rows = await kit.owner.db.select().from(users).where(eq(users.id, parent.userId));
    expect(rows).toHaveLength(1);
  });

  it('takes the widget’s language when the person chose none, and says when no household is held', async () => {
    const single = await createCitizenSession(kit.owner.db, 'no.household@example.be');
    const res = await call(single, '/erasure-request', {
      method: 'POST',
      headers: { 'accept-language': 'de-BE,de;q=0.9' },
    });
    expect(res.status).toBe(202);
    const [receipt] = await mailsTo('no.household@example.be');
    expect(receipt?.subject).toBe('Ihr Antrag auf Löschung — Stadt Lüttich');
    const toDpo = (await mailsTo('dpo@liege.be')).find((m) => m.text.includes(single.userId));
    expect(toDpo?.text).toContain('Ménage: aucun ménage enregistré');
    expect(toDpo?.text).toContain('Enfants enregistrés: 0');
  });
});
