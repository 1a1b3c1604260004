import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { daysFromNow, seedEventRequest } from '../events/testing/event-fixtures.ts';
import { herstalSubmission } from '../form-staff/testing/form-staff-fixtures.ts';
import { buildOpenApiDocument } from '../openapi/document.ts';
import { STAFF_ROLES } from '../staff/staff-roles.ts';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { roboticsStage } from '../stage-editor/testing/stage-editor-fixtures.ts';
import { enrolDirectly, sessionIdOf } from '../stage-staff/testing/stage-staff-fixtures.ts';

/**
 * Walks every route of the generated OpenAPI document and calls it as a citizen of commune A, and
 * as staff of commune A holding every role, with the ids of commune B's data: the answer is 404
 * (or 401 without identity), and no answer carries B's data. A new route is covered by being in
 * the document; a new write route with an id in its path needs a valid body below, so that
 * validation cannot hide what the handler would do.
 */
const VALID_BODIES: Readonly<Record<string, unknown>> = {
  'PATCH /v1/tenants/{tenant}/me/children/{childId}': { firstName: 'Forged' },
  'PUT /v1/admin/tenants/{tenant}/staff/members/{memberId}/roles': { roles: ['admin'] },
  'POST /v1/admin/invitations/{invitationId}/accept': {},
  'PUT /v1/admin/tenants/{tenant}/households/{householdId}/residency': { residency: 'declared_resident' },
  'POST /v1/tenants/{tenant}/me/co-parent-invitations/{coParentInvitationId}/accept': {},
  'POST /v1/tenants/{tenant}/me/enrolments/{enrolmentId}/cancellation': { reason: 'personal' },
  'POST /v1/tenants/{tenant}/me/enrolments/{enrolmentId}/offer/accept': {},
  'POST /v1/tenants/{tenant}/me/enrolments/{enrolmentId}/offer/decline': {},
  'PUT /v1/admin/tenants/{tenant}/stage-sessions/{sessionId}/attendance/{day}': {
    marks: [{ enrolmentId: '00000000-0000-4000-8000-000000000000', status: 'present' }],
  },
  'POST /v1/admin/tenants/{tenant}/stage-sessions/{sessionId}/enrolments': {
    childId: '00000000-0000-4000-8000-000000000000',
    householdId: '00000000-0000-4000-8000-000000000000',
  },
  'POST /v1/admin/tenants/{tenant}/stage-sessions/{sessionId}/enrolments/{enrolmentId}/cancel': {},
  'POST /v1/admin/tenants/{tenant}/stage-sessions/{sessionId}/enrolments/{enrolmentId}/move': {
    toSessionId: '00000000-0000-4000-8000-000000000000',
  },
  'PUT /v1/admin/tenants/{tenant}/stage-sessions/{sessionId}/enrolments/{enrolmentId}/residency': {
    residency: 'declared_resident',
  },
  'PUT /v1/admin/tenants/{tenant}/stage-sessions/{sessionId}/animators': { userIds: [] },
  'POST /v1/admin/tenants/{tenant}/stage-sessions/{sessionId}/messages': {
    subject: 'Forged',
    text: 'Forged',
  },
  'PUT /v1/tenants/{tenant}/me/household/children/{childId}/health-sheet': {
    collectors: [{ name: 'Forged', phone: '+32 4 000 00 00', relation: 'None' }],
    photoConsent: true,
  },
  'POST /v1/tenants/{tenant}/forms/{formKey}/submissions': { version: 1, answers: {}, language: 'fr' },
  // The raw file: refused as another commune's form before it is read.
  'POST /v1/tenants/{tenant}/forms/{formKey}/uploads': '%PDF-1.4',
  'PUT /v1/tenants/{tenant}/me/form-drafts/{formKey}': { version: 1, answers: {}, page: 0 },
  'POST /v1/admin/tenants/{tenant}/invoices/{invoiceId}/payment': {},
  'POST /v1/admin/tenants/{tenant}/forms/{formKey}/submissions/{submissionId}/transitions': {
    to: 'in-progress',
  },
  'POST /v1/admin/tenants/{tenant}/forms/{formKey}/submissions/{submissionId}/comments': {
    comment: 'Forged',
  },
  'PUT /v1/admin/tenants/{tenant}/forms/{formKey}/definition': {
    access: 'signed-in',
    definition: {
      title: { fr: 'Forged' },
      pages: [
        {
          title: { fr: 'Forged' },
          sections: [{ fields: [{ key: 'x', type: 'short-text', label: { fr: 'X' } }] }],
        },
      ],
    },
  },
  'PUT /v1/admin/tenants/{tenant}/stages/{stageKey}/definition': { definition: roboticsStage() },
  'PUT /v1/tenants/{tenant}/me/event-requests/{requestId}': {
    type: 'neighbourhood-party',
    title: 'Forged',
    startsAt: '2027-06-12T14:00:00+02:00',
    endsAt: '2027-06-12T23:00:00+02:00',
  },
  'POST /v1/tenants/{tenant}/me/event-requests/{requestId}/submission': {},
  'POST /v1/tenants/{tenant}/me/event-requests/{requestId}/withdrawal': {},
  'POST /v1/admin/tenants/{tenant}/event-requests/{requestId}/review': {},
  'POST /v1/admin/tenants/{tenant}/event-requests/{requestId}/incomplete': { comment: 'Forged' },
  'PUT /v1/tenants/{tenant}/me/associations/{associationId}': {
    name: 'Forged',
    address: { street: 'Rue X', number: '1', postalCode: '4000', city: 'Liège' },
    contact: { name: 'Forged', email: 'forged@example.be' },
  },
  'POST /v1/tenants/{tenant}/me/associations/{associationId}/invitations': { email: 'intruder@example.be' },
  'PATCH /v1/tenants/{tenant}/me/associations/{associationId}/members/{userId}': { role: 'owner' },
  'POST /v1/admin/tenants/{tenant}/event-requests/{requestId}/opinion-requests': { dueOn: '2099-01-01' },
  'PUT /v1/admin/tenants/{tenant}/event-requests/{requestId}/opinions/{serviceKey}': { status: 'favourable' },
  // The raw file: refused as another commune's request before it is read.
  'POST /v1/admin/tenants/{tenant}/event-requests/{requestId}/opinions/{serviceKey}/attachments': '%PDF-1.4',
  'PUT /v1/admin/tenants/{tenant}/staff/members/{memberId}/event-services': { services: [] },
  'POST /v1/admin/tenants/{tenant}/event-requests/{requestId}/decision': {
    outcome: 'refused',
    motivation: 'Forged',
  },
  'POST /v1/admin/tenants/{tenant}/event-requests/{requestId}/closing': {},
  'PUT /v1/admin/tenants/{tenant}/event-configuration/types/{typeKey}': {
    name: { fr: 'Forged' },
    description: { fr: 'Forged' },
    form: 'event-gathering',
    attachments: [],
    leadTimeDays: 0,
    opinions: [],
    publicCalendar: true,
  },
};

const isStaffRoute = (path: string) => path.startsWith('/v1/admin/');

const MARKER = 'Zzyzxisolationmarker';

describe('isolation of every route in the OpenAPI document', () => {
  let kit: StaffTestKit;
  let intruder: CitizenSession;
  let owner: CitizenSession;
  let staffOfA: StaffSession;
  const foreignIds: Record<string, string> = {};

  beforeAll(async () => {
    kit = await startStaffTestKit();
    staffOfA = await kit.staff('staff.of.liege@example.be', 'liege', STAFF_ROLES);
    const staffOfB = await kit.staff(`${MARKER.toLowerCase()}@example.be`, 'herstal', ['admin']);
    foreignIds.memberId = staffOfB.memberId ?? '';
    const invited = await kit.admin('/v1/admin/tenants/herstal/staff/invitations', staffOfB, {
      method: 'POST',
      body: { email: 'someone.else@example.be', roles: ['form-agent'] },
    });
    expect(invited.status).toBe(201);
    foreignIds.invitationId = ((await invited.json()) as { id: string }).id;
    intruder = await createCitizenSession(kit.owner.db, 'intruder@example.be');
    owner = await createCitizenSession(kit.owner.db, 'owner@example.be');
    const asOwner = (path: string, method: string, body: unknown) =>
      kit.platform.app.request(`/v1/tenants/herstal/me${path}`, {
        method,
        headers: { ...kit.withBearer(owner.token), 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const address = { street: MARKER, number: '1', postalCode: '4040', city: 'Herstal' };
    const household = await asOwner('/household', 'PUT', address);
    expect(household.status).toBe(200);
    foreignIds.householdId = ((await household.json()) as { id: string }).id;
    const child = await asOwner('/children', 'POST', {
      firstName: MARKER,
      lastName: MARKER,
      birthDate: '2018-05-04',
    });
    expect(child.status).toBe(201);
    foreignIds.childId = ((await child.json()) as { id: string }).id;
    // Addressed to the intruder: even the invited person cannot reach it through commune A.
    const coParent = await asOwner('/co-parent-invitations', 'POST', {
      email: 'intruder@example.be',
      childIds: [foreignIds.childId],
    });
    expect(coParent.status).toBe(201);
    foreignIds.coParentInvitationId = ((await coParent.json()) as { id: string }).id;
    // Herstal's association, marked, with an invitation to the intruder: none of it through commune A.
    const association = await asOwner('/associations', 'POST', {
      name: MARKER,
      address,
      contact: { name: MARKER, email: 'owner@example.be' },
    });
    expect(association.status).toBe(201);
    foreignIds.associationId = ((await association.json()) as { id: string }).id;
    foreignIds.userId = owner.userId;
    const associationInvitation = await asOwner(
      `/associations/${foreignIds.associationId}/invitations`,
      'POST',
      {
        email: 'intruder@example.be',
      },
    );
    expect(associationInvitation.status).toBe(201);
    const invitations = ((await associationInvitation.json()) as { invitations: { id: string }[] })
      .invitations;
    foreignIds.associationInvitationId = invitations[0]?.id ?? '';
    // An event type only Herstal has, made in its back-office: Liège must not know it.
    foreignIds.typeKey = 'zzyzx-gathering';
    const eventType = await kit.admin('/v1/admin/tenants/herstal/event-configuration/types', staffOfB, {
      method: 'POST',
      body: {
        key: foreignIds.typeKey,
        name: { fr: MARKER },
        description: { fr: MARKER },
        form: 'event-gathering',
        attachments: [],
        leadTimeDays: 10,
        opinions: [],
        publicCalendar: false,
      },
    });
    expect(eventType.status).toBe(201);
    // A stage only Herstal's stages.yaml has: Liège must not know it.
    foreignIds.stageKey = 'petits-fermiers';
    // A form only Herstal has.
    foreignIds.formKey = 'declaration-perte-documents';
    // A case code in Herstal's shape: without its commune (and secret) it is no case at all.
    foreignIds.caseCode = 'HER-2026-4F7K2';
    // Herstal's session with the marked child enrolled: its lists, attendance and enrolment.
    const ownerSql = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    foreignIds.sessionId = await sessionIdOf(ownerSql, {
      tenant: 'herstal',
      stage: 'mini-foot',
      session: 'semaine-27-6-9-ans',
    });
    foreignIds.enrolmentId = await enrolDirectly(ownerSql, {
      sessionId: foreignIds.sessionId,
      childId: foreignIds.childId,
      householdId: foreignIds.householdId,
      status: 'confirmed',
    });
    foreignIds.day = '2027-07-05';
    foreignIds.year = '2027';
    foreignIds.invoiceId = await ownerSql.begin(async (sql) => {
      const [tenant] = await sql<{ id: string }[]>`select id from tenants where slug = 'herstal'`;
      await sql`select set_config('app.tenant_id', ${tenant?.id ?? ''}, true)`;
      const [invoice] = await sql<{ id: string }[]>`
        insert into stage_invoices (tenant_id, household_id, enrolment_id, amount_cents, structured_communication,
          issued_at, due_on)
        values (${tenant?.id ?? ''}, ${foreignIds.householdId ?? ''}, ${foreignIds.enrolmentId ?? ''}, 6500,
          '000999999975', now(), '2027-07-04')
        returning id`;
      return invoice?.id ?? '';
    });
    // Herstal's event request, marked: its requester, reviewers and services only.
    foreignIds.requestId = await seedEventRequest(ownerSql, {
      tenant: 'herstal',
      type: 'neighbourhood-party',
      title: MARKER,
      status: 'submitted',
      startsAt: daysFromNow(60),
      endsAt: daysFromNow(60, 20),
    });
    // Herstal's police opinion on it, with a marked file.
    foreignIds.serviceKey = 'police';
    foreignIds.attachmentId = await ownerSql.begin(async (sql) => {
      const [opinion] = await sql<{ id: string; tenantId: string }[]>`
        insert into event_opinions (tenant_id, request_id, service_key, due_on)
        select tenant_id, id, 'police', '2099-01-01' from event_requests where id = ${foreignIds.requestId ?? ''}
        returning id, tenant_id as "tenantId"`;
      const [file] = await sql<{ id: string }[]>`
        insert into event_opinion_attachments (tenant_id, opinion_id, name, type, size, sha256, content)
        values (${opinion?.tenantId ?? ''}, ${opinion?.id ?? ''}, ${MARKER}, 'application/pdf', 8, ${'0'.repeat(64)},
          ${Buffer.from('%PDF-1.4')})
        returning id`;
      return file?.id ?? '';
    });
    // A marked file Herstal's requester attached to the request.
    const [upload] = await ownerSql<{ id: string }[]>`
      insert into form_uploads (tenant_id, form_key, field_key, name, type, size, sha256, content, event_request_id)
      select tenant_id, 'event-gathering', 'site-plan', ${MARKER}, 'application/pdf', 8, ${'0'.repeat(64)},
        ${Buffer.from('%PDF-1.4')}, id
      from event_requests where id = ${foreignIds.requestId ?? ''}
      returning id`;
    foreignIds.uploadId = upload?.id ?? '';
    // Herstal's submission and the document name of a generate-pdf action.
    foreignIds.submissionId = (await herstalSubmission(ownerSql)).id;
    foreignIds.fileName = 'autorisation-occupation';
    await ownerSql.end();
  });
  afterAll(() => kit.close());

  const operations = () => {
    const doc = buildOpenApiDocument(kit.platform.app);
    return Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
      (['get', 'put', 'post', 'patch', 'delete'] as const)
        .filter((method) => item?.[method])
        .map((method) => ({ path, method: method.toUpperCase() })),
    );
  };

  const urlFor = (path: string) =>
    path
      .replace('{tenant}', 'liege')
      .replace(/\{(\w+)\}/g, (_, name: string) => foreignIds[name] ?? `missing-id-for-${name}`);

  it('knows an id of commune B for every id parameter of the document', () => {
    const names = operations().flatMap(({ path }) => [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
    for (const name of names)
      if (name !== 'tenant') expect(foreignIds, `no foreign id for {${name}}`).toHaveProperty(name ?? '');
  });

  it('answers 404 to a citizen of A naming B’s ids, and never shows B’s data', async () => {
    const checked: string[] = [];
    for (const { path, method } of operations().filter(({ path }) => !isStaffRoute(path))) {
      const key = `${method} ${path}`;
      const hasId = /\{(?!tenant\})\w+\}/.test(path);
      if (hasId && ['PUT', 'POST', 'PATCH'].includes(method)) {
        expect(VALID_BODIES, `add a valid body for ${key}`).toHaveProperty([key]);
      }
      const body = VALID_BODIES[key];
      const res = await kit.platform.app.request(urlFor(path), {
        method,
        headers: { ...kit.withBearer(intruder.token), 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      expect(res.status, key).toBeLessThan(500);
      expect(text, key).not.toContain(MARKER);
      expect(text, key).not.toContain(foreignIds.childId);
      if (hasId) expect(res.status, key).toBe(404);
      checked.push(key);
    }
    expect(checked.length).toBeGreaterThan(5);
  });

  it('answers 404 to staff of A with every role naming B’s ids or commune B, and never shows B’s data', async () => {
    const checked: string[] = [];
    for (const { path, method } of operations().filter(({ path }) => isStaffRoute(path))) {
      const key = `${method} ${path}`;
      const hasId = /\{(?!tenant\})\w+\}/.test(path);
      if (hasId && ['PUT', 'POST', 'PATCH'].includes(method)) {
        expect(VALID_BODIES, `add a valid body for ${key}`).toHaveProperty([key]);
      }
      const body = VALID_BODIES[key];
      const urls = [
        urlFor(path),
        ...(path.includes('{tenant}') ? [urlFor(path).replace('/liege/', '/herstal/')] : []),
      ];
      for (const url of urls) {
        const res = await kit.admin(url, staffOfA, { method, ...(body === undefined ? {} : { body }) });
        const text = await res.text();
        expect(res.status, `${method} ${url}`).toBeLessThan(500);
        expect(text, `${method} ${url}`).not.toContain(MARKER.toLowerCase());
        expect(text, `${method} ${url}`).not.toContain(foreignIds.memberId);
        if (hasId || url.includes('/herstal/')) expect(res.status, `${method} ${url}`).toBe(404);
      }
      checked.push(key);
    }
    expect(checked.length).toBeGreaterThan(5);
  });

  it('answers 401 to anyone without identity on citizen and staff routes', async () => {
    for (const { path, method } of operations().filter(
      ({ path }) => path.includes('/me') || isStaffRoute(path),
    )) {
      const res = await kit.platform.app.request(urlFor(path), { method });
      expect(res.status, `${method} ${path}`).toBe(401);
    }
  });

  it('answers 401 to a citizen’s bearer token on every staff route, even a staff member’s own token', async () => {
    for (const { path, method } of operations().filter(({ path }) => isStaffRoute(path))) {
      for (const token of [intruder.token, staffOfA.token]) {
        const res = await kit.platform.app.request(urlFor(path), { method, headers: kit.withBearer(token) });
        expect(res.status, `${method} ${path}`).toBe(401);
      }
    }
  });

  it('keeps B’s data from B’s own citizen when the route names commune A', async () => {
    const res = await kit.platform.app.request(`/v1/tenants/liege/me/children/${foreignIds.childId}`, {
      method: 'DELETE',
      headers: kit.withBearer(owner.token),
    });
    expect(res.status).toBe(404);
    const still = await kit.platform.app.request('/v1/tenants/herstal/me/household', {
      headers: kit.withBearer(owner.token),
    });
    expect(await still.text()).toContain(MARKER);
  });
});
