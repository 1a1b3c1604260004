import { parseFormDefinition } from '@communa/forms';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import {
  draftSchema,
  formListSchema,
  mySubmissionsSchema,
  publicFormSchema,
  submissionAnswerSchema,
} from './form-schemas.ts';
import { countFormRows, formClient, reportAnswers, residenceAnswers } from './testing/form-fixtures.ts';

describe('the e-guichet for citizens', () => {
  let kit: AuthTestKit;
  let owner: postgres.Sql;
  let an: CitizenSession;
  let client: ReturnType<typeof formClient>;

  beforeAll(async () => {
    kit = await startAuthTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    client = formClient(kit);
    an = await createCitizenSession(kit.owner.db, 'an.peeters@example.be', {
      name: 'An Peeters',
      language: 'nl',
    });
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('lists the commune’s active forms with their titles in every language it offers', async () => {
    const res = await client.request(undefined, '/forms');
    expect(res.status).toBe(200);
    const { forms } = formListSchema.parse(await res.json());
    expect(forms).toEqual(
      expect.arrayContaining([
        {
          key: 'attestation-domicile',
          version: 1,
          access: 'signed-in',
          title: {
            fr: 'Demande de certificat de résidence',
            nl: 'Aanvraag getuigschrift van woonst',
            de: 'Antrag auf Wohnsitzbescheinigung',
            en: 'Residence certificate request',
          },
        },
        expect.objectContaining({ key: 'signalement-espace-public', version: 1 }),
        expect.objectContaining({ key: 'occupation-voirie-demenagement', version: 1 }),
      ]),
    );
    expect(forms.map((form) => form.key)).not.toContain('bourse-projet-jeunes');
    const charleroi = formListSchema.parse(
      await (await formClient(kit, 'charleroi').request(undefined, '/forms')).json(),
    );
    expect(charleroi.forms.find((form) => form.key === 'signalement-fraude')).toMatchObject({
      access: 'anonymous',
      title: { fr: 'Signaler anonymement une fraude présumée' },
    });
  });

  it('serves a form’s current definition, which the engine reads back, with an ETag', async () => {
    const res = await client.request(undefined, '/forms/attestation-domicile');
    expect(res.status).toBe(200);
    const form = publicFormSchema.parse(await res.json());
    expect(form).toMatchObject({ key: 'attestation-domicile', version: 1, access: 'signed-in' });
    const parsed = parseFormDefinition(form.definition);
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(parsed.definition.pages.map((page) => page.title.fr)).toEqual([
        'Demandeur',
        'Certificat',
        'Confirmation',
      ]);
    const etag = res.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await client.request(undefined, '/forms/attestation-domicile', {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
  });

  it('keeps a draft (without what the answers hide), resumes it, and removes it when the form is sent', async () => {
    const draft = {
      version: 1,
      page: 1,
      answers: { lastName: 'Peeters', delivery: 'email', postalAddress: { street: 'Hidden' }, nonsense: 1 },
    };
    const saved = await client.saveDraft(an, 'attestation-domicile', draft);
    expect(saved.status).toBe(200);
    expect(draftSchema.parse(await saved.json())).toMatchObject({
      formKey: 'attestation-domicile',
      version: 1,
      page: 1,
      answers: { lastName: 'Peeters', delivery: 'email' },
    });
    const again = await client.saveDraft(an, 'attestation-domicile', { ...draft, page: 2 });
    expect(again.status).toBe(200);
    const resumed = draftSchema.parse(
      await (await client.request(an, '/me/form-drafts/attestation-domicile')).json(),
    );
    expect(resumed).toMatchObject({ page: 2, answers: { lastName: 'Peeters', delivery: 'email' } });
    expect(resumed.answers).not.toHaveProperty('postalAddress');

    const sent = await client.submit(an, 'attestation-domicile', {
      version: 1,
      answers: residenceAnswers(),
      language: 'nl',
    });
    expect(sent.status).toBe(201);
    const answer = submissionAnswerSchema.parse(await sent.json());
    expect(answer).toMatchObject({ status: 'submitted', statusLabel: { nl: 'Verzonden', fr: 'Envoyée' } });
    expect(answer.reference).toMatch(/^LIE-20\d\d-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect((await client.request(an, '/me/form-drafts/attestation-domicile')).status).toBe(404);

    // Stored as the engine normalised it (trimmed, NISS as 11 digits), with the consent text shown.
    const [row] = await owner<
      {
        answers: Record<string, unknown>;
        computed: Record<string, number>;
        status: string;
        language: string;
        user_id: string;
      }[]
    >`
      select answers, computed, status, language, user_id from form_submissions where reference = ${answer.reference}`;
    expect(row).toMatchObject({
      status: 'submitted',
      language: 'nl',
      user_id: an.userId,
      computed: { price: 1000 },
      answers: { ...residenceAnswers(), lastName: 'Peeters', niss: '85073003328' },
    });
    const events = await owner`
      select e.kind, e.from_status, e.to_status, e.actor, e.actor_user_id from form_submission_events e
      join form_submissions s on s.tenant_id = e.tenant_id and s.id = e.submission_id where s.reference = ${answer.reference}`;
    expect(events).toEqual([
      {
        kind: 'status',
        from_status: null,
        to_status: 'submitted',
        actor: 'citizen',
        actor_user_id: an.userId,
      },
    ]);

    // One confirmation e-mail, in the citizen's language, once the submission committed.
    const mailTo = async () =>
      (await kit.mailbox.list()).filter((m) => m.message.to === 'an.peeters@example.be');
    await expect.poll(async () => (await mailTo()).length, { timeout: 10_000 }).toBe(1);
    const [mail] = await mailTo();
    expect(mail?.message.subject).toBe(
      `Aanvraag getuigschrift van woonst: aanvraag ontvangen (${answer.reference})`,
    );
    expect(mail?.message.text).toContain(answer.reference);
    expect(mail?.message.text).toContain('Status: Verzonden.');
  });

  it('lists my requests, an internal status showing as the last one I could see', async () => {
    const lea = await createCitizenSession(kit.owner.db, 'lea@example.be', { language: 'fr' });
    const first = await client.submit(lea, 'signalement-espace-public', {
      version: 1,
      answers: reportAnswers(),
      language: 'fr',
    });
    expect(first.status).toBe(201);
    const { reference } = submissionAnswerSchema.parse(await first.json());
    // Staff move it to an internal step (the staff side comes later: written here as it will).
    await owner.begin(async (tx) => {
      const [submission] = await tx<{ tenant_id: string; id: string }[]>`
        update form_submissions set status = 'triage' where reference = ${reference} returning tenant_id, id`;
      await tx`insert into form_submission_events (tenant_id, submission_id, kind, from_status, to_status, actor)
               values (${submission?.tenant_id ?? ''}, ${submission?.id ?? ''}, 'status', 'received', 'triage', 'staff')`;
    });
    const second = await client.submit(lea, 'attestation-domicile', {
      version: 1,
      answers: {
        ...residenceAnswers(),
        purpose: 'other',
        purposeOther: 'Banque',
        privacy: {
          accepted: true,
          text: "J'accepte que la Ville de Liège traite ces données pour délivrer le certificat.",
        },
      },
      language: 'fr',
    });
    expect(second.status).toBe(201);
    const res = await client.request(lea, '/me/submissions');
    expect(res.status).toBe(200);
    const { submissions } = mySubmissionsSchema.parse(await res.json());
    expect(submissions.map((s) => [s.formKey, s.status, s.statusLabel.fr, s.formTitle.en])).toEqual([
      ['attestation-domicile', 'submitted', 'Envoyée', 'Residence certificate request'],
      ['signalement-espace-public', 'received', 'Reçu', 'Report a problem in public space'],
    ]);
    expect(submissions[1]?.reference).toBe(reference);
    // Another citizen sees none of them.
    const other = await createCitizenSession(kit.owner.db, 'other@example.be');
    expect(mySubmissionsSchema.parse(await (await client.request(other, '/me/submissions')).json())).toEqual({
      submissions: [],
    });
  });

  it('answers a retry with the same Idempotency-Key once, and refuses the key for another request', async () => {
    const tom = await createCitizenSession(kit.owner.db, 'tom@example.be');
    const body = { version: 1, answers: residenceAnswers(), language: 'nl' };
    const first = await client.submit(tom, 'attestation-domicile', body, 'retry-key-0001');
    expect(first.status).toBe(201);
    const before = await countFormRows(owner);
    const retry = await client.submit(tom, 'attestation-domicile', body, 'retry-key-0001');
    expect(retry.status).toBe(201);
    expect(await retry.json()).toEqual(await first.json());
    expect(await countFormRows(owner)).toEqual(before);
    const reused = await client.submit(
      tom,
      'attestation-domicile',
      { ...body, answers: { ...residenceAnswers(), copies: 3 } },
      'retry-key-0001',
    );
    expect(reused.status).toBe(422);
    expect(await reused.json()).toMatchObject({ code: 'idempotency_key_reused' });
    expect(await countFormRows(owner)).toEqual(before);
  });

  it('accepts answers against an older version after the form changed, and serves the new one', async () => {
    await owner.begin(async (tx) => {
      const [v1] = await tx<{ tenant_id: string; definition: Record<string, unknown>; workflow: unknown }[]>`
        select d.tenant_id, d.definition, d.workflow from form_definitions d join tenants t on t.id = d.tenant_id
        where t.slug = 'liege' and d.form_key = 'attestation-domicile' and d.version = 1`;
      if (!v1) throw new Error('no version 1');
      await tx`insert into form_definitions (tenant_id, form_key, version, definition, workflow, access, content_hash)
               values (${v1.tenant_id}, 'attestation-domicile', 2, ${tx.json({ ...v1.definition, version: 2, title: { fr: 'Certificat v2' } } as postgres.JSONValue)},
                       ${tx.json(v1.workflow as postgres.JSONValue)}, 'signed-in', ${'c'.repeat(64)})`;
      await tx`update forms set current_version = 2 where tenant_id = ${v1.tenant_id} and key = 'attestation-domicile'`;
    });
    const current = publicFormSchema.parse(
      await (await client.request(undefined, '/forms/attestation-domicile')).json(),
    );
    expect(current).toMatchObject({ version: 2, definition: { version: 2, title: { fr: 'Certificat v2' } } });
    const late = await createCitizenSession(kit.owner.db, 'late@example.be');
    const res = await client.submit(late, 'attestation-domicile', {
      version: 1,
      answers: residenceAnswers(),
      language: 'nl',
    });
    expect(res.status).toBe(201);
    const { reference } = submissionAnswerSchema.parse(await res.json());
    const [row] = await owner<
      { version: number }[]
    >`select version from form_submissions where reference = ${reference}`;
    expect(row?.version).toBe(1);
  });
});
