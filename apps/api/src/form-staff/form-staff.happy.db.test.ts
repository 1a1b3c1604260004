import ExcelJS from 'exceljs';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { mySubmissionsSchema } from '../forms/form-schemas.ts';
import { formClient, reportAnswers, residenceAnswers } from '../forms/testing/form-fixtures.ts';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import {
  historyEventSchema,
  inboxSchema,
  staffFormsSchema,
  staffSubmissionSchema,
} from './form-staff-schemas.ts';
import { moveAnswers, submitForm } from './testing/form-staff-fixtures.ts';

const BASE = '/v1/admin/tenants/liege/forms';

describe('the e-guichet inbox in the back-office', () => {
  let kit: StaffTestKit;
  let owner: postgres.Sql;
  let agent: StaffSession;
  let lea: CitizenSession;
  let report: { id: string; reference: string };

  const audits = async (action: string) =>
    (await owner<{ n: number }[]>`select count(*)::int as n from audit_events where action = ${action}`)[0]
      ?.n;

  beforeAll(async () => {
    kit = await startStaffTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    agent = await kit.staff('agent@liege.example.be', 'liege', ['form-agent'], { name: 'Agent Lambert' });
    lea = await createCitizenSession(kit.owner.db, 'lea.staffside@example.be', { language: 'fr' });
    report = await submitForm(kit, owner, lea, 'signalement-espace-public', reportAnswers(), 'fr');
    await submitForm(
      kit,
      owner,
      lea,
      'signalement-espace-public',
      { ...reportAnswers(), description: 'Un nid-de-poule énorme rue Féronstrée, dangereux pour les vélos.' },
      'fr',
    );
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('lists the commune’s forms with their submissions per status', async () => {
    const res = await kit.admin(BASE, agent);
    expect(res.status).toBe(200);
    const { forms } = staffFormsSchema.parse(await res.json());
    const reports = forms.find((form) => form.key === 'signalement-espace-public');
    expect(reports?.counts).toMatchObject({ received: 2, dispatched: 0, triage: 0 });
    expect(reports?.statuses.find((status) => status.key === 'triage')).toMatchObject({
      visibleToCitizen: false,
      color: '#6b7280',
    });
  });

  it('shows an inbox with counts, a status filter and a search by reference or answer text (audited)', async () => {
    const before = await audits('forms.inbox_read');
    const all = inboxSchema.parse(
      await (await kit.admin(`${BASE}/signalement-espace-public/submissions`, agent)).json(),
    );
    expect(all.form.counts.received).toBe(2);
    expect(all.submissions).toHaveLength(2);
    expect(all.submissions[0]?.summary).toContain('nid-de-poule');
    expect(all.nextCursor).toBeNull();

    const byText = inboxSchema.parse(
      await (
        await kit.admin(`${BASE}/signalement-espace-public/submissions?q=F%C3%A9ronstr%C3%A9e`, agent)
      ).json(),
    );
    expect(byText.submissions.map((s) => s.reference)).not.toContain(report.reference);
    expect(byText.submissions).toHaveLength(1);
    const byReference = inboxSchema.parse(
      await (
        await kit.admin(
          `${BASE}/signalement-espace-public/submissions?q=${report.reference.slice(-5)}`,
          agent,
        )
      ).json(),
    );
    expect(byReference.submissions.map((s) => s.reference)).toEqual([report.reference]);
    const none = inboxSchema.parse(
      await (await kit.admin(`${BASE}/signalement-espace-public/submissions?status=fixed`, agent)).json(),
    );
    expect(none.submissions).toEqual([]);
    expect(await audits('forms.inbox_read')).toBe((before ?? 0) + 4);
  });

  it('shows a submission with the definition of its version, its history and next steps (audited)', async () => {
    const res = await kit.admin(`${BASE}/signalement-espace-public/submissions/${report.id}`, agent);
    expect(res.status).toBe(200);
    const submission = staffSubmissionSchema.parse(await res.json());
    expect(submission).toMatchObject({
      reference: report.reference,
      version: 1,
      status: 'received',
      anonymous: false,
    });
    expect(submission.definition).toMatchObject({ key: 'signalement-espace-public', version: 1 });
    expect(submission.answers).toMatchObject({ category: 'lighting' });
    expect(submission.history).toMatchObject([{ kind: 'status', toStatus: 'received', actor: 'citizen' }]);
    expect(submission.transitions.map((t) => [t.to, t.allowed])).toEqual([
      ['triage', true],
      ['dispatched', true],
      ['not-municipal', true],
    ]);
    expect(await audits('forms.submission_read')).toBeGreaterThanOrEqual(1);
  });

  it('moves a submission on: assigns it to the agent, then mails the citizen in the form’s language', async () => {
    const path = `${BASE}/signalement-espace-public/submissions/${report.id}`;
    const dispatched = await kit.admin(`${path}/transitions`, agent, {
      method: 'POST',
      body: { to: 'dispatched' },
    });
    expect(dispatched.status).toBe(201);
    expect(historyEventSchema.parse(await dispatched.json())).toMatchObject({
      fromStatus: 'received',
      toStatus: 'dispatched',
      actorName: 'Agent Lambert',
    });
    const comment = await kit.admin(`${path}/comments`, agent, {
      method: 'POST',
      body: { comment: 'Vu avec le service éclairage.' },
    });
    expect(comment.status).toBe(201);
    const fixed = await kit.admin(`${path}/transitions`, agent, {
      method: 'POST',
      body: { to: 'fixed', comment: 'L’ampoule a été remplacée.' },
    });
    expect(fixed.status).toBe(201);

    const submission = staffSubmissionSchema.parse(await (await kit.admin(path, agent)).json());
    expect(submission.status).toBe('fixed');
    expect(submission.assignee).toMatchObject({ userId: agent.userId, name: 'Agent Lambert' });
    expect(submission.transitions).toEqual([]);
    expect(submission.history.map((e) => [e.kind, e.toStatus, e.visibility])).toEqual([
      ['status', 'received', 'internal'],
      ['status', 'dispatched', 'internal'],
      ['comment', null, 'internal'],
      ['status', 'fixed', 'citizen'],
    ]);

    const mailTo = async () =>
      (await kit.mailbox.list()).filter(
        (m) => m.message.to === 'lea.staffside@example.be' && m.message.subject.includes('résolu'),
      );
    await expect.poll(async () => (await mailTo()).length, { timeout: 10_000 }).toBe(1);
    const [mail] = await mailTo();
    expect(mail?.message.subject).toBe(`Votre signalement ${report.reference} est résolu`);
    expect(mail?.message.text).toContain('L’ampoule a été remplacée.');
    expect(mail?.message.text).not.toContain('éclairage');
  });

  it('asks the citizen to complete with a comment they see, and generates the permit as PDF', async () => {
    const move = await submitForm(kit, owner, lea, 'occupation-voirie-demenagement', moveAnswers(), 'fr');
    const path = `${BASE}/occupation-voirie-demenagement/submissions/${move.id}`;
    const incomplete = await kit.admin(`${path}/transitions`, agent, {
      method: 'POST',
      body: { to: 'incomplete', comment: 'Indiquez le numéro de la boîte.' },
    });
    expect(incomplete.status).toBe(201);
    expect(historyEventSchema.parse(await incomplete.json()).visibility).toBe('citizen');
    // The citizen sees what to complete with their request.
    const mine = mySubmissionsSchema.parse(
      await (await formClient(kit).request(lea, '/me/submissions')).json(),
    );
    expect(mine.submissions.find((s) => s.reference === move.reference)).toMatchObject({
      status: 'incomplete',
      staffComment: 'Indiquez le numéro de la boîte.',
    });
    const back = await kit.admin(`${path}/transitions`, agent, { method: 'POST', body: { to: 'submitted' } });
    expect(back.status).toBe(201);
    const authorised = await kit.admin(`${path}/transitions`, agent, {
      method: 'POST',
      body: { to: 'authorised' },
    });
    expect(authorised.status).toBe(201);

    const submission = staffSubmissionSchema.parse(await (await kit.admin(path, agent)).json());
    expect(submission.documents).toEqual([
      { fileName: 'autorisation-occupation', url: `${path}/documents/autorisation-occupation` },
    ]);
    const pdf = await kit.admin(`${path}/documents/autorisation-occupation`, agent);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect((await kit.admin(`${path}/documents/something-else`, agent)).status).toBe(404);
  });

  it('exports a form’s submissions as CSV and XLSX, one column per field, labels in the staff language', async () => {
    const an = await createCitizenSession(kit.owner.db, 'an.export@example.be', { language: 'nl' });
    const sent = await submitForm(kit, owner, an, 'attestation-domicile', residenceAnswers(), 'nl');
    const csv = await kit.admin(`${BASE}/attestation-domicile/submissions.csv`, agent);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toBe(
      'attachment; filename="liege-attestation-domicile.csv"',
    );
    const text = await csv.text();
    const [header, ...lines] = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(header).toMatch(/^Référence,Envoyée le,État,Attribuée à,Nom,/);
    expect(lines.some((line) => line.startsWith(`${sent.reference},`) && line.includes('Peeters'))).toBe(
      true,
    );

    const xlsx = await kit.admin(`${BASE}/attestation-domicile/submissions.xlsx?lang=nl`, agent);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('Referentie');
    const references = sheet?.getColumn(1).values.slice(2);
    expect(references).toContain(sent.reference);
    expect(await audits('forms.submissions_exported')).toBeGreaterThanOrEqual(2);
  });
});
