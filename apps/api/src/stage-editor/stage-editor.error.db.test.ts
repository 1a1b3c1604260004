import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Problem, problemSchema } from '../problems/problem.ts';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { enrolDirectly, sessionIdOf } from '../stage-staff/testing/stage-staff-fixtures.ts';
import { createFamilies } from '../stages/testing/enrolment-fixtures.ts';
import { editableStageSchema } from './stage-editor-schemas.ts';
import {
  countEditorWrites,
  HERSTAL_STAGES,
  INDUSTRY,
  roboticsStage,
} from './testing/stage-editor-fixtures.ts';

type Definition = Record<string, unknown> & { sessions: Record<string, unknown>[] };

describe('the stage editor: errors', () => {
  let kit: StaffTestKit;
  let owner: postgres.Sql;
  let manager: StaffSession;
  let liegeManager: StaffSession;

  const problem = async (res: Response): Promise<Problem> => {
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    return problemSchema.parse(await res.json());
  };
  const current = async (): Promise<Definition> => {
    const res = await kit.admin(INDUSTRY, manager);
    return editableStageSchema.parse(await res.json()).definition as Definition;
  };
  /** The stage with its first session changed by `change`. */
  const withSession = (definition: Definition, change: Record<string, unknown>): Definition => {
    const [first, ...rest] = definition.sessions;
    return { ...definition, sessions: [{ ...first, ...change }, ...rest] };
  };

  beforeAll(async () => {
    kit = await startStaffTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    manager = await kit.staff('manager.errors@herstal.example.be', 'herstal', ['stage-manager']);
    liegeManager = await kit.staff('manager.errors@liege.example.be', 'liege', ['stage-manager']);
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('refuses a stage the stages.yaml checks refuse with 422 and each error at its path, writing nothing', async () => {
    const stage = await current();
    const session = stage.sessions[0] ?? {};
    const before = await countEditorWrites(owner);
    const cases: [Record<string, unknown>, string[]][] = [
      [withSession(stage, { capacity: 0 }), ['definition.sessions.0.capacity']],
      [withSession(stage, { hours: { from: '16:00', to: '09:00' } }), ['definition.sessions.0.hours.to']],
      [
        withSession(stage, {
          days: { from: '2027-07-12', to: '2027-07-16', weekdays: ['mon', 'tue'], except: ['2027-07-14'] },
        }),
        ['definition.sessions.0.days.except.0'],
      ],
      [
        withSession(stage, {
          enrolment: {
            windows: [{ from: '2027-07-13T09:00', for: 'everyone' }],
            allocation: { mode: 'first-come' },
          },
        }),
        ['definition.sessions.0.enrolment.windows.0.from'],
      ],
      [
        withSession(stage, {
          enrolment: {
            windows: [{ from: '2027-05-01T09:00', for: 'everyone' }],
            allocation: { mode: 'draw' },
          },
        }),
        ['definition.sessions.0.enrolment.allocation.drawMinutes'],
      ],
      [withSession(stage, { colour: 'red' }), ['definition.sessions.0.colour']],
      [{ ...stage, sessions: [session, { ...session }] }, ['definition.sessions.1.key']],
      [{ ...stage, title: { nl: 'Alleen Nederlands' } }, ['definition.title.fr']],
      [{ ...stage, questions: 'nowhere' }, ['definition.questions']],
      [{ ...stage, category: 'chess' }, ['definition.category']],
      [
        { ...stage, place: { key: 'musee-herstal', address: {} } },
        [
          'definition.place.name',
          'definition.place.address.street',
          'definition.place.address.number',
          'definition.place.address.postalCode',
          'definition.place.address.city',
        ],
      ],
      [{ ...stage, sessions: [] }, ['definition.sessions']],
      [{ ...stage, key: 'autre' }, ['definition.key']],
    ];
    for (const [definition, paths] of cases) {
      const res = await kit.admin(INDUSTRY, manager, { method: 'PUT', body: { definition } });
      expect(res.status, JSON.stringify(definition)).toBe(422);
      const answer = await problem(res);
      expect(answer.code).toBe('invalid_stage');
      expect(
        answer.errors?.map((error) => error.path),
        JSON.stringify(answer.errors),
      ).toEqual(paths);
    }
    const badKey = await kit.admin(HERSTAL_STAGES, manager, {
      method: 'POST',
      body: { key: 'Robotique!', definition: roboticsStage() },
    });
    expect(badKey.status).toBe(422);
    expect((await problem(badKey)).errors?.map((error) => error.path)).toEqual(['key']);
    expect(await countEditorWrites(owner)).toEqual(before);
  });

  it('refuses a malformed body with 400: no definition, an unknown key, a definition that is not a map', async () => {
    for (const body of [
      {},
      { definition: roboticsStage(), extra: 1 },
      { definition: [] },
      { definition: 'x' },
    ]) {
      const res = await kit.admin(INDUSTRY, manager, { method: 'PUT', body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await problem(res)).code).toBe('validation_failed');
    }
  });

  it('answers 404 for an unknown stage and 409 for a key already taken', async () => {
    expect((await problem(await kit.admin(`${HERSTAL_STAGES}/nowhere/definition`, manager))).code).toBe(
      'stage_not_found',
    );
    const put = await kit.admin(`${HERSTAL_STAGES}/nowhere/definition`, manager, {
      method: 'PUT',
      body: { definition: roboticsStage() },
    });
    expect(put.status).toBe(404);
    const before = await countEditorWrites(owner);
    const taken = await kit.admin(HERSTAL_STAGES, manager, {
      method: 'POST',
      body: { key: 'mini-foot', definition: roboticsStage() },
    });
    expect(taken.status).toBe(409);
    expect((await problem(taken)).code).toBe('stage_exists');
    expect(await countEditorWrites(owner)).toEqual(before);
  });

  it('creates a stage once when two creations of the same key cross: the other is 409 stage_exists', async () => {
    const create = () =>
      kit.admin(HERSTAL_STAGES, manager, {
        method: 'POST',
        body: { key: 'twice', definition: roboticsStage() },
      });
    const statuses = (await Promise.all([create(), create()])).map((res) => res.status).sort();
    expect(statuses).toEqual([201, 409]);
    const [row] = await owner<{ n: number }[]>`select count(*)::int as n from stages where key = 'twice'`;
    expect(row?.n).toBe(1);
  });

  it('protects sessions families are enrolled in: not removed, capacity not below the seats taken (409)', async () => {
    const sessionId = await sessionIdOf(owner, {
      tenant: 'herstal',
      stage: 'ville-d-industrie',
      session: 'semaine-28',
    });
    const families = await createFamilies(owner, {
      tenant: 'herstal',
      count: 3,
      birthDate: '2017-03-01',
      prefix: 'stageeditor',
    });
    for (const [index, family] of families.entries())
      await enrolDirectly(owner, {
        sessionId,
        childId: family.childId,
        householdId: family.householdId,
        status: index < 2 ? 'confirmed' : 'waitlisted',
      });
    const stage = await current();
    const before = await countEditorWrites(owner);

    const removed = await kit.admin(INDUSTRY, manager, {
      method: 'PUT',
      body: { definition: { ...stage, sessions: stage.sessions.slice(1) } },
    });
    expect(removed.status).toBe(409);
    const removedAnswer = await problem(removed);
    expect(removedAnswer.code).toBe('session_has_enrolments');
    expect(removedAnswer.errors).toEqual([
      {
        path: 'definition.sessions',
        code: 'session_has_enrolments',
        message: 'session semaine-28 has 3 enrolment(s): it cannot be removed',
      },
    ]);

    const lowered = await kit.admin(INDUSTRY, manager, {
      method: 'PUT',
      body: { definition: withSession(stage, { capacity: 1 }) },
    });
    expect(lowered.status).toBe(409);
    const loweredAnswer = await problem(lowered);
    expect(loweredAnswer.code).toBe('capacity_below_seats_taken');
    expect(loweredAnswer.errors?.map((error) => error.path)).toEqual(['definition.sessions.0.capacity']);

    const renamed = await kit.admin(INDUSTRY, manager, {
      method: 'PUT',
      body: { definition: withSession(stage, { key: 'semaine-28-bis' }) },
    });
    expect(renamed.status).toBe(409);
    expect(await countEditorWrites(owner)).toEqual(before);

    // Down to the seats taken is allowed, and the session keeps its enrolments.
    const kept = await kit.admin(INDUSTRY, manager, {
      method: 'PUT',
      body: { definition: withSession(stage, { capacity: 2 }) },
    });
    expect(kept.status).toBe(200);
    const [row] = await owner<{ capacity: number; seats_taken: number }[]>`
      select capacity, seats_taken from stage_sessions where id = ${sessionId}`;
    expect(row).toEqual({ capacity: 2, seats_taken: 2 });
  });

  it('answers 409 stages_managed_as_code in a commune whose stages.yaml is the truth, writing nothing', async () => {
    const before = await countEditorWrites(owner);
    const base = '/v1/admin/tenants/liege/stages';
    for (const [path, init] of [
      [base, {}],
      [`${base}.yaml`, {}],
      [`${base}/multisports/definition`, {}],
      [`${base}/multisports/definition`, { method: 'PUT', body: { definition: roboticsStage() } }],
      [base, { method: 'POST', body: { key: 'robotique', definition: roboticsStage() } }],
    ] as const) {
      const res = await kit.admin(path, liegeManager, init);
      expect(res.status, path).toBe(409);
      expect((await problem(res)).code).toBe('stages_managed_as_code');
    }
    expect(await countEditorWrites(owner)).toEqual(before);
  });
});
