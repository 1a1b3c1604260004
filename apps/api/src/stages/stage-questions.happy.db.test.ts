import ExcelJS from 'exceljs';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formListSchema } from '../forms/form-schemas.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { staffSessionSchema } from '../stage-staff/stage-staff-schemas.ts';
import { parseCsv } from '../stage-staff/testing/parse-csv.ts';
import { enrolmentAnswerSchema } from './enrolment-schemas.ts';
import { catalogueSchema } from './stage-schemas.ts';
import { endDrawPeriod, makeDrawSession } from './testing/draw-fixtures.ts';
import type { Family } from './testing/enrolment-fixtures.ts';
import { createFamilies, openSessionNow } from './testing/enrolment-fixtures.ts';

describe('a stage’s questions', () => {
  let kit: StaffTestKit;
  let owner: postgres.Sql;
  let families: Family[];
  let swimming: string;

  const enrol = (family: Family, body: unknown) =>
    kit.platform.app.request('/v1/tenants/liege/me/enrolments', {
      method: 'POST',
      headers: { ...kit.withBearer(family.token), 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    kit = await startStaffTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    swimming = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'natation-perfectionnement',
      session: 'semaine-27',
      capacity: 1,
    });
    families = await createFamilies(owner, {
      tenant: 'liege',
      count: 2,
      birthDate: '2017-03-01',
      prefix: 'questionshappy',
    });
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('names the form and its version in the catalogue; the form is readable but not a procedure', async () => {
    const catalogue = catalogueSchema.parse(
      await (await kit.platform.app.request('/v1/tenants/liege/stages')).json(),
    );
    const byKey = new Map(catalogue.stages.map((stage) => [stage.key, stage]));
    expect(byKey.get('natation-perfectionnement')?.questionsForm).toEqual({
      key: 'stage-natation',
      version: 1,
    });
    expect(byKey.get('theatre-impro')?.questionsForm).toEqual({ key: 'stage-repas', version: 1 });
    expect(byKey.get('multisports')?.questionsForm).toBeNull();
    const stage = (await (
      await kit.platform.app.request('/v1/tenants/liege/stages/natation-perfectionnement')
    ).json()) as {
      questionsForm: unknown;
    };
    expect(stage.questionsForm).toEqual({ key: 'stage-natation', version: 1 });

    const form = await kit.platform.app.request('/v1/tenants/liege/forms/stage-natation');
    expect(form.status).toBe(200);
    const list = formListSchema.parse(
      await (await kit.platform.app.request('/v1/tenants/liege/forms')).json(),
    );
    expect(list.forms.map((f) => f.key)).not.toContain('stage-natation');
    expect(list.forms.map((f) => f.key)).not.toContain('stage-repas');
  });

  it('keeps each child’s cleaned answers with the version, shown to staff and in the exports', async () => {
    const [first, second] = families;
    if (!first || !second) throw new Error('two families expected');
    for (const [family, level, tshirt] of [
      [first, 'alone', '4-6'],
      [second, 'with-aid', '7-9'],
    ] as const) {
      const res = await enrol(family, {
        sessionId: swimming,
        childIds: [family.childId],
        answers: { [family.childId]: { swimmingLevel: level, tshirt } },
      });
      expect(res.status, await res.clone().text()).toBe(201);
      enrolmentAnswerSchema.parse(await res.json());
    }
    const rows = await owner<{ answers: unknown; key: string; version: number }[]>`
      select answers, answers_form_key as key, answers_form_version as version from stage_enrolments
      where session_id = ${swimming} and child_id = ${first.childId}`;
    expect(rows).toEqual([
      { answers: { swimmingLevel: 'alone', tshirt: '4-6' }, key: 'stage-natation', version: 1 },
    ]);

    const manager = await kit.staff('manager@liege.example.be', 'liege', ['stage-manager']);
    const base = `/v1/admin/tenants/liege/stage-sessions/${swimming}`;
    const view = staffSessionSchema.parse(await (await kit.admin(base, manager)).json());
    expect(view.enrolled[0]?.answers).toEqual([
      {
        key: 'swimmingLevel',
        label: { fr: 'Niveau de natation', nl: 'Zwemniveau', de: 'Schwimmniveau', en: 'Swimming level' },
        text: {
          fr: 'Nage seul 10 mètres',
          nl: 'Zwemt alleen 10 meter',
          de: 'Schwimmt allein 10 Meter',
          en: 'Swims 10 metres alone',
        },
      },
      {
        key: 'tshirt',
        label: { fr: 'Taille de T-shirt', nl: 'T-shirtmaat', de: 'T-Shirt-Größe', en: 'T-shirt size' },
        text: { fr: '4-6 ans', nl: '4-6 jaar', de: '4-6 Jahre', en: '4-6 years' },
      },
    ]);
    expect(view.waitlist[0]?.answers.map((a) => a.text.nl)).toEqual(['Zwemt met bandjes', '7-9 jaar']);

    const csv = parseCsv(await (await kit.admin(`${base}/list.csv?lang=nl`, manager)).text());
    const level = csv[0]?.indexOf('Zwemniveau') ?? -1;
    expect(level).toBeGreaterThan(0);
    expect(csv[0]?.[level + 1]).toBe('T-shirtmaat');
    expect(csv.slice(1).map((row) => row[level])).toEqual(['Zwemt alleen 10 meter', 'Zwemt met bandjes']);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await kit.admin(`${base}/list.xlsx`, manager)).arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(level + 1).value).toBe('Niveau de natation');
    expect(sheet?.getRow(2).getCell(level + 2).value).toBe('4-6 ans');
  });

  it('keeps the answers on a draw’s ticket and gives them to the enrolment the draw makes', async () => {
    const sessionId = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'natation-perfectionnement',
      session: 'semaine-29',
    });
    await makeDrawSession(owner, sessionId);
    const [family] = await createFamilies(owner, {
      tenant: 'liege',
      count: 1,
      birthDate: '2017-03-01',
      prefix: 'questionsdraw',
    });
    if (!family) throw new Error('a family expected');
    const res = await enrol(family, {
      sessionId,
      childIds: [family.childId],
      answers: { [family.childId]: { swimmingLevel: 'none', tshirt: 's' } },
    });
    expect(res.status, await res.clone().text()).toBe(202);
    const [ticket] = await owner<{ answers: unknown }[]>`
      select answers from stage_draw_tickets where household_id = ${family.householdId}`;
    expect(ticket?.answers).toEqual({ [family.childId]: { swimmingLevel: 'none', tshirt: 's' } });

    await endDrawPeriod(owner, sessionId);
    // Reading the draws runs a draw whose time has come.
    await kit.platform.app.request(`/v1/tenants/liege/stage-sessions/${sessionId}/draws`);
    const rows = await owner<{ answers: unknown; version: number }[]>`
      select answers, answers_form_version as version from stage_enrolments
      where session_id = ${sessionId} and child_id = ${family.childId}`;
    expect(rows).toEqual([{ answers: { swimmingLevel: 'none', tshirt: 's' }, version: 1 }]);
  });
});
