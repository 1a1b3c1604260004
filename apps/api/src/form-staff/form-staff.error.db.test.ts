import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { reportAnswers } from '../forms/testing/form-fixtures.ts';
import { problemSchema } from '../problems/problem.ts';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { countStaffWrites, submitForm } from './testing/form-staff-fixtures.ts';

const BASE = '/v1/admin/tenants/liege/forms/signalement-espace-public/submissions';

describe('the e-guichet inbox: bad input', () => {
  let kit: StaffTestKit;
  let owner: postgres.Sql;
  let agent: StaffSession;
  let admin: StaffSession;
  let report: { id: string; reference: string };

  beforeAll(async () => {
    kit = await startStaffTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    agent = await kit.staff('agent.errors@liege.example.be', 'liege', ['form-agent']);
    admin = await kit.staff('admin.errors@liege.example.be', 'liege', ['admin']);
    const citizen = await createCitizenSession(kit.owner.db, 'errors.citizen@example.be', { language: 'fr' });
    report = await submitForm(kit, owner, citizen, 'signalement-espace-public', reportAnswers(), 'fr');
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  const refused = async (res: Response, status: number, code: string) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(problemSchema.parse(await res.json()).code).toBe(code);
  };

  it('refuses a transition the workflow does not have from the current status: 409, nothing written', async () => {
    const before = await countStaffWrites(owner);
    const path = `${BASE}/${report.id}/transitions`;
    await refused(
      await kit.admin(path, agent, { method: 'POST', body: { to: 'fixed' } }),
      409,
      'transition_not_allowed',
    );
    await refused(
      await kit.admin(path, agent, { method: 'POST', body: { to: 'nowhere' } }),
      409,
      'transition_not_allowed',
    );
    await refused(
      await kit.admin(path, agent, { method: 'POST', body: { to: 'received' } }),
      409,
      'transition_not_allowed',
    );
    expect(await countStaffWrites(owner)).toEqual(before);
  });

  it('refuses a transition the workflow gives to other roles: 403, nothing written', async () => {
    const before = await countStaffWrites(owner);
    // received → triage is for form agents only.
    const res = await kit.admin(`${BASE}/${report.id}/transitions`, admin, {
      method: 'POST',
      body: { to: 'triage' },
    });
    await refused(res, 403, 'transition_forbidden');
    expect(await countStaffWrites(owner)).toEqual(before);
  });

  it('refuses an assignee who is not a form agent of the commune: 400, nothing written', async () => {
    const before = await countStaffWrites(owner);
    const res = await kit.admin(`${BASE}/${report.id}/transitions`, agent, {
      method: 'POST',
      body: { to: 'dispatched', assignee: admin.userId },
    });
    await refused(res, 400, 'assignee_not_agent');
    expect(await countStaffWrites(owner)).toEqual(before);
  });

  it('answers malformed bodies, ids and cursors with 400 and unknown ones with 404, writing nothing', async () => {
    const before = await countStaffWrites(owner);
    const post = (path: string, body: unknown) => kit.admin(path, agent, { method: 'POST', body });
    await refused(
      await post(`${BASE}/${report.id}/transitions`, { to: 'dispatched', extra: 1 }),
      400,
      'validation_failed',
    );
    await refused(await post(`${BASE}/${report.id}/transitions`, {}), 400, 'validation_failed');
    await refused(await post(`${BASE}/${report.id}/comments`, { comment: '   ' }), 400, 'validation_failed');
    await refused(await post(`${BASE}/not-a-uuid/comments`, { comment: 'x' }), 400, 'validation_failed');
    await refused(
      await post(`${BASE}/00000000-0000-4000-8000-000000000000/comments`, { comment: 'x' }),
      404,
      'form_submission_not_found',
    );
    await refused(
      await post(`/v1/admin/tenants/liege/forms/no-such-form/submissions/${report.id}/comments`, {
        comment: 'x',
      }),
      404,
      'form_not_found',
    );
    // A submission is reached through its own form only.
    await refused(
      await kit.admin(`/v1/admin/tenants/liege/forms/attestation-domicile/submissions/${report.id}`, agent),
      404,
      'form_submission_not_found',
    );
    await refused(await kit.admin(`${BASE}?cursor=garbage`, agent), 400, 'invalid_cursor');
    await refused(await kit.admin(`${BASE}.csv?lang=xx`, agent), 400, 'validation_failed');
    expect(await countStaffWrites(owner)).toEqual(before);
  });
});
