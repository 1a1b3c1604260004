import { STAGES_FILE } from '@communa/tenant-config';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { exportTenantFiles } from '../tenants/export-tenant-files.ts';
import { editableStageSchema, savedStageSchema, stageEditorListSchema } from './stage-editor-schemas.ts';
import {
  countEditorWrites,
  HERSTAL_STAGES,
  INDUSTRY,
  roboticsSession,
  roboticsStage,
} from './testing/stage-editor-fixtures.ts';

type Session = { key: string; capacity: number };

describe('the stage editor in the back-office', () => {
  let kit: StaffTestKit;
  let owner: postgres.Sql;
  let manager: StaffSession;
  let admin: StaffSession;

  const editable = async (path = INDUSTRY) => {
    const res = await kit.admin(path, manager);
    expect(res.status).toBe(200);
    return editableStageSchema.parse(await res.json());
  };
  const publicStage = async (key: string) => {
    const res = await kit.platform.app.request(`/v1/tenants/herstal/stages/${key}`);
    expect(res.status).toBe(200);
    return (await res.json()) as { sessions: { key: string; capacity: number; days: string[] }[] };
  };

  beforeAll(async () => {
    kit = await startStaffTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    manager = await kit.staff('manager.editor@herstal.example.be', 'herstal', ['stage-manager']);
    admin = await kit.staff('admin.editor@herstal.example.be', 'herstal', ['admin']);
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('lists the stages with the places, question forms and languages a stage may use', async () => {
    const res = await kit.admin(HERSTAL_STAGES, manager);
    expect(res.status).toBe(200);
    const list = stageEditorListSchema.parse(await res.json());
    expect(list.stages[0]).toMatchObject({ key: 'ville-d-industrie', place: 'musee-herstal', sessions: 2 });
    expect(list.places.map((place) => place.key)).toContain('hall-omnisports');
    expect(list.questionForms.map((form) => form.key)).toContain('attestation-domicile');
    expect(list.languages).toEqual({ offered: ['fr', 'nl'], default: 'fr' });
    expect(list.categories).toContain('science');
  });

  it('gives a stage as the editor shows it: place in full, days as a range, opening as windows, what sessions hold', async () => {
    const stage = await editable();
    expect(stage.key).toBe('ville-d-industrie');
    expect(stage.definition).not.toHaveProperty('key');
    expect(stage.definition).toMatchObject({
      category: 'science',
      place: { key: 'musee-herstal', name: 'Musée communal de Herstal' },
      title: { fr: "Herstal, ville d'industrie" },
      sessions: [
        {
          key: 'semaine-28',
          days: {
            from: '2027-07-12',
            to: '2027-07-16',
            weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
            except: [],
          },
          enrolment: {
            windows: [
              { from: '2027-05-10T18:00', for: 'residents' },
              { from: '2027-05-17T18:00', for: 'everyone' },
            ],
            allocation: { mode: 'first-come' },
          },
        },
        { key: 'semaine-32' },
      ],
    });
    expect(stage.sessions).toEqual([
      { key: 'semaine-28', seatsTaken: 0, enrolments: 0 },
      { key: 'semaine-32', seatsTaken: 0, enrolments: 0 },
    ]);
    expect(stage.warnings).toEqual([]);
  });

  it('writes nothing when the stage sent back is unchanged', async () => {
    const stage = await editable();
    const before = await countEditorWrites(owner);
    const res = await kit.admin(INDUSTRY, manager, { method: 'PUT', body: { definition: stage.definition } });
    expect(res.status).toBe(200);
    expect(savedStageSchema.parse(await res.json())).toEqual({
      key: 'ville-d-industrie',
      changed: false,
      warnings: [],
    });
    expect(await countEditorWrites(owner)).toEqual(before);
  });

  it('creates a stage (admin too), audited, shown in the public catalogue and written by tenants:export', async () => {
    const before = await countEditorWrites(owner);
    const res = await kit.admin(HERSTAL_STAGES, admin, {
      method: 'POST',
      body: { key: 'robotique', definition: roboticsStage() },
    });
    expect(res.status).toBe(201);
    expect(savedStageSchema.parse(await res.json())).toEqual({
      key: 'robotique',
      changed: true,
      warnings: [],
    });
    const after = await countEditorWrites(owner);
    expect(after?.audits).toBe((before?.audits ?? 0) + 1);
    expect(after?.windows).toBe((before?.windows ?? 0) + 2);
    const [audit] = await owner`
      select action, target_type, target_id, detail from audit_events where action = 'stages.created'`;
    expect(audit).toMatchObject({
      target_type: 'stage',
      target_id: 'robotique',
      detail: { sessions: ['semaine-29'] },
    });

    const published = await publicStage('robotique');
    expect(published.sessions.map((session) => session.days)).toEqual([
      ['2027-07-19', '2027-07-22', '2027-07-23'],
    ]);
    const files = await exportTenantFiles(kit.owner.db, 'herstal');
    const stagesYaml = files?.find((file) => file.file === STAGES_FILE)?.text ?? '';
    expect(stagesYaml).toContain('key: robotique');
    expect(stagesYaml).toContain('days: {from: 2027-07-19, to: 2027-07-23, weekdays: [mon, thu, fri]}');
    expect((await editable(`${HERSTAL_STAGES}/robotique/definition`)).definition).toMatchObject({
      sessions: [{ days: { from: '2027-07-19', to: '2027-07-23', except: ['2027-07-20'] } }],
    });
  });

  it('edits a stage: a capacity changed in place, a session added, one removed; the catalogue follows', async () => {
    const stage = await editable();
    const definition = structuredClone(stage.definition) as { sessions: Session[] };
    const [july] = definition.sessions;
    if (july) july.capacity = 20;
    const [id] = await owner<{ id: string }[]>`
      select id from stage_sessions where key = 'semaine-28'
        and stage_id = (select id from stages where key = 'ville-d-industrie')`;
    const res = await kit.admin(INDUSTRY, manager, {
      method: 'PUT',
      body: { definition: { ...definition, sessions: [july, roboticsSession('semaine-30')] } },
    });
    expect(res.status).toBe(200);
    expect(savedStageSchema.parse(await res.json()).changed).toBe(true);
    const published = await publicStage('ville-d-industrie');
    expect(published.sessions.map(({ key, capacity }) => ({ key, capacity }))).toEqual([
      { key: 'semaine-28', capacity: 20 },
      { key: 'semaine-30', capacity: 12 },
    ]);
    const rows = await owner<{ id: string; key: string; active: boolean }[]>`
      select id, key, active from stage_sessions
      where stage_id = (select id from stages where key = 'ville-d-industrie') order by key`;
    expect(rows.map(({ key, active }) => ({ key, active }))).toEqual([
      { key: 'semaine-28', active: true },
      { key: 'semaine-30', active: true },
      { key: 'semaine-32', active: false },
    ]);
    expect(rows[0]?.id).toBe(id?.id);
    const [audit] = await owner`
      select actor_email, target_id from audit_events where action = 'stages.definition_saved'`;
    expect(audit).toEqual({
      actor_email: 'manager.editor@herstal.example.be',
      target_id: 'ville-d-industrie',
    });
  });

  it('reports missing translations as warnings, and saves', async () => {
    const stage = await editable();
    const definition = { ...stage.definition, description: { fr: 'Ateliers au musée.' } };
    const res = await kit.admin(INDUSTRY, manager, { method: 'PUT', body: { definition } });
    expect(res.status).toBe(200);
    expect(savedStageSchema.parse(await res.json()).warnings).toEqual([
      {
        path: 'definition.description.nl',
        code: 'missing_translation',
        message: 'no nl text: falls back to fr',
      },
    ]);
    expect((await editable()).warnings.map((warning) => warning.path)).toEqual(['definition.description.nl']);
  });

  it('gives the commune’s stages.yaml as tenants:export writes it', async () => {
    const res = await kit.admin(`${HERSTAL_STAGES}.yaml`, manager);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/yaml; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="stages.yaml"');
    const files = await exportTenantFiles(kit.owner.db, 'herstal');
    expect(await res.text()).toBe(files?.find((file) => file.file === STAGES_FILE)?.text);
  });
});
