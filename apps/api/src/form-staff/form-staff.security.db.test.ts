import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { formClient, reportAnswers } from '../forms/testing/form-fixtures.ts';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { countStaffWrites, herstalSubmission, submitForm } from './testing/form-staff-fixtures.ts';

const LIEGE = '/v1/admin/tenants/liege/forms/signalement-espace-public/submissions';

describe('the e-guichet inbox: security', () => {
  let kit: StaffTestKit;
  let owner: postgres.Sql;
  let liegeAgent: StaffSession;
  let herstalAgent: StaffSession;
  let manager: StaffSession;
  let citizen: CitizenSession;
  let report: { id: string; reference: string };
  let foreign: { id: string; reference: string };

  const reads = (id: string) => [
    '/v1/admin/tenants/liege/forms',
    LIEGE,
    `${LIEGE}/${id}`,
    `${LIEGE}.csv`,
    `${LIEGE}.xlsx`,
  ];

  beforeAll(async () => {
    kit = await startStaffTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    liegeAgent = await kit.staff('agent.sec@liege.example.be', 'liege', ['form-agent']);
    herstalAgent = await kit.staff('agent.sec@herstal.example.be', 'herstal', ['form-agent']);
    manager = await kit.staff('manager.sec@liege.example.be', 'liege', ['stage-manager']);
    citizen = await createCitizenSession(kit.owner.db, 'sec.citizen@example.be', { language: 'fr' });
    report = await submitForm(kit, owner, citizen, 'signalement-espace-public', reportAnswers(), 'fr');
    foreign = await herstalSubmission(owner);
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('gives a form agent of another commune 404 on every route, and writes nothing', async () => {
    const before = await countStaffWrites(owner);
    for (const path of reads(report.id)) {
      const res = await kit.admin(path, herstalAgent);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain(report.reference);
    }
    for (const [suffix, body] of [
      ['transitions', { to: 'dispatched' }],
      ['comments', { comment: 'intrus' }],
    ] as const) {
      const res = await kit.admin(`${LIEGE}/${report.id}/${suffix}`, herstalAgent, { method: 'POST', body });
      expect(res.status, suffix).toBe(404);
    }
    expect(await countStaffWrites(owner)).toEqual(before);
  });

  it('never reaches another commune’s submission through one’s own commune', async () => {
    const path = `/v1/admin/tenants/liege/forms/declaration-perte-documents/submissions/${foreign.id}`;
    const res = await kit.admin(path, liegeAgent);
    expect(res.status).toBe(404);
    const inbox = await kit.admin(`${LIEGE}?q=herstal-only-answer`, liegeAgent);
    expect(await inbox.text()).not.toContain(foreign.reference);
    const comment = await kit.admin(`${path}/comments`, liegeAgent, {
      method: 'POST',
      body: { comment: 'x' },
    });
    expect(comment.status).toBe(404);
  });

  it('refuses staff without the form role, anonymous callers and cross-site writes', async () => {
    for (const path of reads(report.id)) {
      expect((await kit.admin(path, manager)).status, path).toBe(403);
      expect((await kit.admin(path, undefined)).status, path).toBe(401);
    }
    const before = await countStaffWrites(owner);
    const crossSite = await kit.admin(`${LIEGE}/${report.id}/comments`, liegeAgent, {
      method: 'POST',
      body: { comment: 'x' },
      headers: { origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
    const bearer = await kit.platform.app.request(`${LIEGE}/${report.id}`, {
      headers: kit.withBearer(citizen.token),
    });
    expect(bearer.status).toBe(401);
    expect(await countStaffWrites(owner)).toEqual(before);
  });

  it('keeps internal comments from the citizen', async () => {
    const comment = await kit.admin(`${LIEGE}/${report.id}/comments`, liegeAgent, {
      method: 'POST',
      body: { comment: 'Note interne: riverain insistant.' },
    });
    expect(comment.status).toBe(201);
    const mine = await formClient(kit).request(citizen, '/me/submissions');
    expect(mine.status).toBe(200);
    expect(await mine.text()).not.toContain('riverain');
  });
});
