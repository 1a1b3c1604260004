import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Problem, problemSchema } from '../problems/problem.ts';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import {
  ATTESTATION,
  contactForm,
  countEditorWrites,
  HERSTAL_FORMS,
} from './testing/form-editor-fixtures.ts';

describe('the form editor: errors', () => {
  let kit: StaffTestKit;
  let owner: postgres.Sql;
  let agent: StaffSession;
  let liegeAgent: StaffSession;

  const problem = async (res: Response): Promise<Problem> => {
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    return problemSchema.parse(await res.json());
  };
  const withField = (field: Record<string, unknown>) => {
    const form = contactForm();
    const [page] = form.definition.pages;
    return {
      access: form.access,
      definition: {
        ...form.definition,
        pages: [{ ...page, sections: [{ fields: [...(page?.sections[0]?.fields ?? []), field] }] }],
      },
    };
  };

  beforeAll(async () => {
    kit = await startStaffTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    agent = await kit.staff('agent.errors@herstal.example.be', 'herstal', ['form-agent']);
    liegeAgent = await kit.staff('agent.errors@liege.example.be', 'liege', ['form-agent']);
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('refuses a bad definition with 422 and each error at its path, writing nothing', async () => {
    const before = await countEditorWrites(owner);
    const cases: [unknown, string[]][] = [
      [
        withField({ key: 'x', type: 'colour', label: { fr: 'X' } }),
        ['definition.pages.0.sections.0.fields.1.type'],
      ],
      [
        withField({
          key: 'x',
          type: 'short-text',
          label: { fr: 'X' },
          showIf: { op: 'filled', field: 'nowhere' },
        }),
        ['definition.pages.0.sections.0.fields.1.showIf.field'],
      ],
      [
        withField({ key: 'topic', type: 'short-text', label: { fr: 'Encore' } }),
        ['definition.pages.0.sections.0.fields.1.key'],
      ],
      [
        withField({ key: 'x', type: 'short-text', label: { nl: 'Alleen Nederlands' } }),
        ['definition.pages.0.sections.0.fields.1.label.fr'],
      ],
      [
        withField({ key: 'x', type: 'short-text', label: { fr: 'X' }, colour: 'red' }),
        ['definition.pages.0.sections.0.fields.1.colour'],
      ],
      [{ access: 'signed-in', definition: { ...contactForm().definition, pages: [] } }, ['definition.pages']],
      [
        { access: 'signed-in', definition: { ...contactForm().definition, version: 9 } },
        ['definition.version'],
      ],
    ];
    for (const [body, paths] of cases) {
      const res = await kit.admin(ATTESTATION, agent, { method: 'PUT', body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      const answer = await problem(res);
      expect(answer.code).toBe('invalid_form_definition');
      expect(answer.errors?.map((error) => error.path)).toEqual(paths);
    }
    expect(await countEditorWrites(owner)).toEqual(before);
  });

  it('refuses a malformed body with 400: no access, an unknown key, a definition that is not a map', async () => {
    for (const body of [
      { definition: contactForm().definition },
      { ...contactForm(), workflow: {} },
      { access: 'signed-in', definition: [] },
      { access: 'everyone', definition: contactForm().definition },
    ]) {
      const res = await kit.admin(ATTESTATION, agent, { method: 'PUT', body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await problem(res)).code).toBe('validation_failed');
    }
  });

  it('answers 404 for an unknown form and 409 for a key already taken', async () => {
    expect((await problem(await kit.admin(`${HERSTAL_FORMS}/nowhere/definition`, agent))).code).toBe(
      'form_not_found',
    );
    const put = await kit.admin(`${HERSTAL_FORMS}/nowhere/definition`, agent, {
      method: 'PUT',
      body: contactForm(),
    });
    expect(put.status).toBe(404);
    const before = await countEditorWrites(owner);
    const taken = await kit.admin(HERSTAL_FORMS, agent, {
      method: 'POST',
      body: { key: 'attestation-domicile', ...contactForm() },
    });
    expect(taken.status).toBe(409);
    expect((await problem(taken)).code).toBe('form_exists');
    const badKey = await kit.admin(HERSTAL_FORMS, agent, {
      method: 'POST',
      body: { key: 'Bad Key', ...contactForm() },
    });
    expect(badKey.status).toBe(400);
    expect(await countEditorWrites(owner)).toEqual(before);
  });

  it('creates a form once when two creations of the same key cross: the other is 409 form_exists', async () => {
    const create = () =>
      kit.admin(HERSTAL_FORMS, agent, { method: 'POST', body: { key: 'twice', ...contactForm() } });
    const statuses = (await Promise.all([create(), create()])).map((res) => res.status).sort();
    expect(statuses).toEqual([201, 409]);
    const [row] = await owner<{ n: number }[]>`
      select count(*)::int as n from form_definitions where form_key = 'twice'`;
    expect(row?.n).toBe(1);
  });

  it('keeps a file field an event type attaches a file at (409), writing nothing; other changes still save', async () => {
    const path = `${HERSTAL_FORMS}/event-film-shoot/definition`;
    const current = (await (await kit.admin(path, agent)).json()) as {
      access: unknown;
      definition: { pages: { sections: { fields: { key: string }[] }[] }[] };
    };
    const withoutField = (key: string) => ({
      access: current.access,
      definition: {
        ...current.definition,
        pages: current.definition.pages.map((page) => ({
          ...page,
          sections: page.sections.map((section) => ({
            ...section,
            fields: section.fields.filter((field) => field.key !== key),
          })),
        })),
      },
    });
    const before = await countEditorWrites(owner);
    const dropped = await kit.admin(path, agent, { method: 'PUT', body: withoutField('insurance') });
    expect(dropped.status).toBe(409);
    expect(await problem(dropped)).toMatchObject({
      code: 'form_attachment_field_needed',
      errors: [{ path: 'definition', message: 'The file field for film-shoot: insurance is needed' }],
    });
    expect(await countEditorWrites(owner)).toEqual(before);
    const other = await kit.admin(path, agent, { method: 'PUT', body: withoutField('vehicles') });
    expect(other.status).toBe(200);
  });

  it('answers 409 forms_managed_as_code in a commune whose files are the truth, writing nothing', async () => {
    const before = await countEditorWrites(owner);
    const base = '/v1/admin/tenants/liege/forms';
    for (const [path, init] of [
      [`${base}/attestation-domicile/definition`, {}],
      [`${base}/attestation-domicile/definition.yaml`, {}],
      [`${base}/attestation-domicile/definition`, { method: 'PUT', body: contactForm() }],
      [base, { method: 'POST', body: { key: 'contact', ...contactForm() } }],
    ] as const) {
      const res = await kit.admin(path, liegeAgent, init);
      expect(res.status, path).toBe(409);
      expect((await problem(res)).code).toBe('forms_managed_as_code');
    }
    expect(await countEditorWrites(owner)).toEqual(before);
  });
});
