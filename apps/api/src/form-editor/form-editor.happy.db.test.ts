import { parseFormYaml } from '@communa/tenant-config';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formClient } from '../forms/testing/form-fixtures.ts';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { exportTenantFiles } from '../tenants/export-tenant-files.ts';
import { editableFormSchema, savedFormSchema } from './form-editor-schemas.ts';
import {
  ATTESTATION,
  contactForm,
  countEditorWrites,
  HERSTAL_FORMS,
} from './testing/form-editor-fixtures.ts';

type Definition = { pages: { sections: { fields: Record<string, unknown>[] }[] }[] };

describe('the form editor in the back-office', () => {
  let kit: StaffTestKit;
  let owner: postgres.Sql;
  let agent: StaffSession;
  let admin: StaffSession;

  const editable = async () => {
    const res = await kit.admin(ATTESTATION, agent);
    expect(res.status).toBe(200);
    return editableFormSchema.parse(await res.json());
  };

  beforeAll(async () => {
    kit = await startStaffTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    agent = await kit.staff('agent.editor@herstal.example.be', 'herstal', ['form-agent']);
    admin = await kit.staff('admin.editor@herstal.example.be', 'herstal', ['admin']);
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('gives a form’s current definition without key or version, with the commune’s languages', async () => {
    const form = await editable();
    expect(form).toMatchObject({
      key: 'attestation-domicile',
      version: 1,
      access: 'signed-in',
      languages: { offered: ['fr', 'nl'], default: 'fr' },
      warnings: [],
    });
    expect(form.definition).not.toHaveProperty('key');
    expect(form.definition).not.toHaveProperty('version');
    expect(form.definition).toMatchObject({ title: { fr: 'Attestation de domicile' } });
  });

  it('writes nothing when the definition sent back is unchanged', async () => {
    const form = await editable();
    const before = await countEditorWrites(owner);
    const res = await kit.admin(ATTESTATION, agent, {
      method: 'PUT',
      body: { access: form.access, definition: form.definition },
    });
    expect(res.status).toBe(200);
    expect(savedFormSchema.parse(await res.json())).toEqual({
      key: 'attestation-domicile',
      version: 1,
      changed: false,
      warnings: [],
    });
    expect(await countEditorWrites(owner)).toEqual(before);
  });

  it('makes a new version of a changed definition, as apply does, audited; the citizen gets it', async () => {
    const form = await editable();
    const definition = structuredClone(form.definition) as Definition;
    const fields = definition.pages[0]?.sections[0]?.fields ?? [];
    // A new field, shown only for a household request, moved to the top; the last name moved down.
    fields.push({
      key: 'householdSize',
      type: 'number',
      required: true,
      min: 1,
      max: 20,
      label: { fr: 'Nombre de personnes', nl: 'Aantal personen' },
      showIf: { op: 'equals', field: 'forWhom', value: 'household' },
    });
    const [lastName, ...rest] = fields;
    definition.pages[0]?.sections[0]?.fields.splice(
      0,
      fields.length,
      ...rest,
      ...(lastName ? [lastName] : []),
    );
    const before = await countEditorWrites(owner);
    const res = await kit.admin(ATTESTATION, agent, {
      method: 'PUT',
      body: { access: 'signed-in', definition },
    });
    expect(res.status).toBe(200);
    expect(savedFormSchema.parse(await res.json())).toMatchObject({ version: 2, changed: true });
    expect(await countEditorWrites(owner)).toEqual({
      forms: before?.forms,
      versions: (before?.versions ?? 0) + 1,
      audits: (before?.audits ?? 0) + 1,
    });
    const [audit] = await owner`
      select action, target_id, detail from audit_events where action = 'forms.definition_saved'`;
    expect(audit).toMatchObject({ target_id: 'attestation-domicile', detail: { version: 2 } });
    const [kept] = await owner`
      select count(*)::int as n from form_definitions where form_key = 'attestation-domicile'
        and tenant_id = (select id from tenants where slug = 'herstal')`;
    expect(kept?.n).toBe(2);

    const citizen = await formClient(kit, 'herstal').request(undefined, '/forms/attestation-domicile');
    expect(citizen.status).toBe(200);
    const published = (await citizen.json()) as { version: number; definition: Definition };
    expect(published.version).toBe(2);
    expect(published.definition.pages[0]?.sections[0]?.fields.map((f) => f.key)).toEqual([
      'firstName',
      'niss',
      'forWhom',
      'privacy',
      'householdSize',
      'lastName',
    ]);
  });

  it('reports missing translations as warnings, and saves', async () => {
    const form = await editable();
    const definition = { ...form.definition, description: { fr: 'Délivrée en 48 heures.' } };
    const res = await kit.admin(ATTESTATION, agent, {
      method: 'PUT',
      body: { access: 'signed-in', definition },
    });
    expect(res.status).toBe(200);
    expect(savedFormSchema.parse(await res.json()).warnings).toEqual([
      {
        path: 'definition.description.nl',
        code: 'missing_translation',
        message: 'no nl text: falls back to fr',
      },
    ]);
    expect((await editable()).warnings.map((w) => w.path)).toEqual(['definition.description.nl']);
  });

  it('exports the current version as the YAML file tenants:apply reads back to the same content', async () => {
    const res = await kit.admin(`${ATTESTATION}.yaml`, agent);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/yaml; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="attestation-domicile.yaml"');
    const text = await res.text();
    expect(text).toContain('key: householdSize');
    const parsed = parseFormYaml(text, {
      file: 'attestation-domicile.yaml',
      key: 'attestation-domicile',
      languages: { offered: ['fr', 'nl'], default: 'fr' },
    });
    const [stored] = await owner<{ content_hash: string }[]>`
      select d.content_hash from form_definitions d join forms f
        on f.tenant_id = d.tenant_id and f.key = d.form_key and f.current_version = d.version
      where f.key = 'attestation-domicile' and f.tenant_id = (select id from tenants where slug = 'herstal')`;
    expect(parsed.form?.hash).toBe(stored?.content_hash);
    const files = await exportTenantFiles(kit.owner.db, 'herstal');
    expect(files?.find((f) => f.file === 'forms/attestation-domicile.yaml')?.text).toBe(text);
  });

  it('creates a form (admin too), listed with the others and exported by tenants:export', async () => {
    const before = await countEditorWrites(owner);
    const res = await kit.admin(HERSTAL_FORMS, admin, {
      method: 'POST',
      body: { key: 'contact', ...contactForm() },
    });
    expect(res.status).toBe(201);
    expect(savedFormSchema.parse(await res.json())).toEqual({
      key: 'contact',
      version: 1,
      changed: true,
      warnings: [],
    });
    expect(await countEditorWrites(owner)).toEqual({
      forms: (before?.forms ?? 0) + 1,
      versions: (before?.versions ?? 0) + 1,
      audits: (before?.audits ?? 0) + 1,
    });
    const list = await kit.admin(HERSTAL_FORMS, agent);
    expect(((await list.json()) as { forms: { key: string }[] }).forms.map((f) => f.key)).toContain(
      'contact',
    );
    const files = await exportTenantFiles(kit.owner.db, 'herstal');
    expect(files?.find((f) => f.file === 'forms/contact.yaml')?.text).toContain('access: either');
  });
});
