import ExcelJS from 'exceljs';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';
import type { Family } from '../stages/testing/enrolment-fixtures.ts';
import { createFamilies } from '../stages/testing/enrolment-fixtures.ts';
import {
  attendanceSchema,
  staffEnrolmentSchema,
  staffSessionSchema,
  staffSessionsSchema,
} from './stage-staff-schemas.ts';
import { parseCsv } from './testing/parse-csv.ts';
import { pdfText } from './testing/pdf-text.ts';
import { enrolDirectly, sessionIdOf } from './testing/stage-staff-fixtures.ts';

describe('stage sessions in the back-office: happy paths', () => {
  let kit: StaffTestKit;
  let owner: postgres.Sql;
  let manager: StaffSession;
  let week27: string;
  let week28: string;
  let families: Family[];
  const enrolments: string[] = [];

  const json = async (res: Response) => {
    expect(res.status, await res.clone().text()).toBeLessThan(300);
    return res.json();
  };

  beforeAll(async () => {
    kit = await startStaffTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    manager = await kit.staff('manager@liege.example.be', 'liege', ['stage-manager'], {
      name: 'Marie Manager',
    });
    week27 = await sessionIdOf(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-27-6-8-ans',
    });
    week28 = await sessionIdOf(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-28-6-8-ans',
    });
    await owner`update stage_sessions set capacity = 3 where id = ${week27}`;
    families = await createFamilies(owner, {
      tenant: 'liege',
      count: 5,
      birthDate: '2020-03-01',
      prefix: 'staffhappy',
    });
    const names = ['Zoé Lambert', 'Tom Peeters', 'Léa Dubois', 'Noah Janssens', 'Emma Martin'];
    for (const [i, family] of families.entries()) {
      const [firstName, lastName] = (names[i] ?? '').split(' ');
      await owner`update children set first_name = ${firstName ?? ''}, last_name = ${lastName ?? ''} where id = ${family.childId}`;
    }
    for (const [i, family] of families.slice(0, 4).entries()) {
      enrolments.push(
        await enrolDirectly(owner, {
          sessionId: week27,
          childId: family.childId,
          householdId: family.householdId,
          status: i < 2 ? 'confirmed' : 'waitlisted',
          residencyUnconfirmed: i === 1,
        }),
      );
    }
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  const auditActions = async () =>
    (await owner<{ action: string }[]>`select action from audit_events order by at`).map((r) => r.action);

  it('lists sessions with fill rate and waitlist, filtered by week, stage and place', async () => {
    const all = staffSessionsSchema.parse(
      await json(await kit.admin('/v1/admin/tenants/liege/stage-sessions', manager)),
    );
    expect(all.sessions.length).toBeGreaterThan(20);
    const mine = all.sessions.find((s) => s.id === week27);
    expect(mine).toMatchObject({ capacity: 3, seatsTaken: 2, fillRate: 0.667, waitlistCount: 2 });
    expect(mine?.stage.title.fr).toBeTruthy();
    const filtered = staffSessionsSchema.parse(
      await json(
        await kit.admin('/v1/admin/tenants/liege/stage-sessions?week=2027-W27&stage=multisports', manager),
      ),
    );
    expect(filtered.sessions.map((s) => s.key)).toEqual(['semaine-27-6-8-ans', 'semaine-27-9-12-ans']);
    const place = filtered.sessions[0]?.place.key ?? '';
    const byPlace = staffSessionsSchema.parse(
      await json(
        await kit.admin(`/v1/admin/tenants/liege/stage-sessions?place=${place}&week=2027-07-07`, manager),
      ),
    );
    expect(byPlace.sessions.every((s) => s.place.key === place && s.days.includes('2027-07-07'))).toBe(true);
  });

  it('shows a session’s children, the waitlist in order and the residency flag, and audits the read', async () => {
    const view = staffSessionSchema.parse(
      await json(await kit.admin(`/v1/admin/tenants/liege/stage-sessions/${week27}`, manager)),
    );
    expect(view.enrolled.map((e) => e.child.firstName)).toEqual(['Zoé', 'Tom']);
    expect(view.enrolled.find((e) => e.child.firstName === 'Tom')).toMatchObject({
      residencyUnconfirmed: true,
      child: { age: 7 },
      household: { residency: 'declared_resident', residencyStatus: 'declared' },
    });
    expect(view.waitlist.map((e) => [e.child.firstName, e.waitlistPosition])).toEqual([
      ['Léa', 1],
      ['Noah', 2],
    ]);
    expect(view.enrolled[0]?.household.guardians[0]?.email).toBe(families[0]?.email);
    expect(await auditActions()).toContain('stages.roster_read');
  });

  it('takes attendance for a day, corrects it, and reads it back', async () => {
    const path = `/v1/admin/tenants/liege/stage-sessions/${week27}/attendance/2027-07-05`;
    const before = attendanceSchema.parse(await json(await kit.admin(path, manager)));
    expect(before.marks.map((m) => m.status)).toEqual([null, null]);
    const [zoe, tom] = enrolments;
    const put = await kit.admin(path, manager, {
      method: 'PUT',
      body: {
        marks: [
          { enrolmentId: zoe, status: 'present' },
          { enrolmentId: tom, status: 'absent' },
        ],
      },
    });
    expect(put.status).toBe(200);
    await kit.admin(path, manager, {
      method: 'PUT',
      body: { marks: [{ enrolmentId: tom, status: 'excused' }] },
    });
    const after = attendanceSchema.parse(await json(await kit.admin(path, manager)));
    expect(Object.fromEntries(after.marks.map((m) => [m.enrolmentId, m.status]))).toEqual({
      [zoe ?? '']: 'present',
      [tom ?? '']: 'excused',
    });
    const [row] = await owner<{ n: number }[]>`select count(*)::int as n from stage_attendance`;
    expect(row?.n).toBe(2);
    expect(await auditActions()).toContain('stages.attendance_recorded');
  });

  it('exports the list as CSV, XLSX and a printable PDF, each download audited', async () => {
    const base = `/v1/admin/tenants/liege/stage-sessions/${week27}`;
    const csv = await kit.admin(`${base}/list.csv`, manager);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe(
      'attachment; filename="liege-multisports-semaine-27-6-8-ans.csv"',
    );
    // text() drops the byte order mark.
    const records = parseCsv(await csv.text());
    expect(records[0]?.slice(0, 5)).toEqual(['Référence', 'Statut', "Position d'attente", 'Nom', 'Prénom']);
    expect(records[0]).toContain('2027-07-05');
    expect(records.slice(1).map((r) => r[4])).toEqual(['Zoé', 'Tom', 'Léa', 'Noah']);
    const dayColumn = records[0]?.indexOf('2027-07-05') ?? -1;
    expect(records[1]?.[dayColumn]).toBe('présent');
    expect(records[2]?.[9]).toBe('oui');
    const dutchBytes = Buffer.from(
      await (await kit.admin(`${base}/list.csv?lang=nl`, manager)).arrayBuffer(),
    );
    // A byte order mark first, so spreadsheet software reads UTF-8.
    expect([...dutchBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const dutch = parseCsv(dutchBytes.subarray(3).toString('utf8'));
    expect(dutch[0]?.slice(0, 2)).toEqual(['Referentie', 'Status']);
    expect(dutch[1]?.[dayColumn]).toBe('aanwezig');

    const xlsx = await kit.admin(`${base}/list.xlsx`, manager);
    expect(xlsx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(xlsx.headers.get('content-disposition')).toContain('.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(4).value).toBe('Nom');
    expect(sheet?.getRow(2).getCell(5).value).toBe('Zoé');
    expect(sheet?.rowCount).toBe(5);

    const pdf = await kit.admin(`${base}/list.pdf`, manager);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toContain('.pdf"');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const text = pdfText(bytes);
    expect(text).toContain('Ville de Li');
    for (const name of ['Lambert Zoé', 'Peeters Tom']) expect(text).toContain(name);
    // The printed roster holds the enrolled children only.
    expect(text).not.toContain('Dubois');
    const reads = (await auditActions()).filter((a) => a === 'stages.roster_read');
    expect(reads.length).toBeGreaterThanOrEqual(5);
  });

  it('keeps waitlist positions gapless when staff cancel a waiting child', async () => {
    const base = `/v1/admin/tenants/liege/stage-sessions/${week27}`;
    const cancelled = await kit.admin(`${base}/enrolments/${enrolments[2]}/cancel`, manager, {
      method: 'POST',
    });
    expect(cancelled.status).toBe(200);
    const view = staffSessionSchema.parse(await json(await kit.admin(base, manager)));
    expect(view.waitlist.map((e) => [e.child.firstName, e.waitlistPosition])).toEqual([['Noah', 1]]);
    const [row] = await owner<
      { taken: number }[]
    >`select waitlist_taken as taken from stage_sessions where id = ${week27}`;
    expect(row?.taken).toBe(1);
  });

  it('lets a stage-manager add a child by hand, cancel one and move one, never beyond capacity; a freed seat goes to the waitlist', async () => {
    const base = `/v1/admin/tenants/liege/stage-sessions/${week27}`;
    const emma = families[4];
    const added = staffEnrolmentSchema.parse(
      await json(
        await kit.admin(`${base}/enrolments`, manager, {
          method: 'POST',
          body: { childId: emma?.childId, householdId: emma?.householdId },
        }),
      ),
    );
    expect(added).toMatchObject({ status: 'confirmed', sessionId: week27, priceCents: 6500 });
    const full = await kit.admin(`${base}/enrolments`, manager, {
      method: 'POST',
      body: { childId: families[2]?.childId, householdId: families[2]?.householdId },
    });
    expect(full.status).toBe(409);

    const cancelled = await kit.admin(`${base}/enrolments/${enrolments[0]}/cancel`, manager, {
      method: 'POST',
    });
    expect(staffEnrolmentSchema.parse(await json(cancelled)).status).toBe('cancelled');

    const moved = staffEnrolmentSchema.parse(
      await json(
        await kit.admin(`${base}/enrolments/${enrolments[1]}/move`, manager, {
          method: 'POST',
          body: { toSessionId: week28 },
        }),
      ),
    );
    expect(moved).toMatchObject({ sessionId: week28, status: 'confirmed' });
    const seats = await owner<{ id: string; seats: number }[]>`
      select id, seats_taken as seats from stage_sessions where id in (${week27}, ${week28})`;
    // Zoé's seat went to Noah, first waiting, as an offer; nobody waited for Tom's, so it was freed.
    expect(Object.fromEntries(seats.map((s) => [s.id, s.seats]))).toEqual({ [week27]: 2, [week28]: 1 });
    const view = staffSessionSchema.parse(await json(await kit.admin(base, manager)));
    expect(view.enrolled.map((e) => e.child.firstName)).toEqual(['Emma']);
    expect(view.waitlist.map((e) => [e.child.firstName, e.status])).toEqual([['Noah', 'offered']]);
    expect(view.cancelled.map((e) => e.child.firstName).sort()).toEqual(['Léa', 'Tom', 'Zoé']);
    const jobs = await owner<{ name: string }[]>`
      select name from pgboss.job where name in ('stage-offer-expiry', 'stage-invoice-due')`;
    // Noah's offer expiry; Emma's and Tom's new seats invoiced with their due-date jobs.
    expect(jobs.map((j) => j.name).sort()).toEqual([
      'stage-invoice-due',
      'stage-invoice-due',
      'stage-offer-expiry',
    ]);
    const actions = await auditActions();
    for (const action of ['stages.enrolment_added', 'stages.enrolment_cancelled', 'stages.enrolment_moved'])
      expect(actions).toContain(action);
  });

  it('confirms a flagged residency through the household’s residency decision and lifts the flag', async () => {
    const tom = families[1];
    const [moved] = await owner<{ id: string }[]>`
      select id from stage_enrolments where child_id = ${tom?.childId ?? ''} and status = 'confirmed'`;
    await owner`update stage_enrolments set residency_unconfirmed = true where id = ${moved?.id ?? ''}`;
    const res = await kit.admin(
      `/v1/admin/tenants/liege/stage-sessions/${week28}/enrolments/${moved?.id}/residency`,
      manager,
      { method: 'PUT', body: { residency: 'declared_resident' } },
    );
    expect(await json(res)).toMatchObject({
      householdId: tom?.householdId,
      residencyStatus: 'confirmed',
      unflaggedEnrolmentIds: [moved?.id],
    });
    const [household] = await owner<{ status: string }[]>`
      select residency_status as status from households where id = ${tom?.householdId ?? ''}`;
    expect(household?.status).toBe('confirmed');
    expect(await auditActions()).toEqual(
      expect.arrayContaining(['households.residency_confirmed', 'stages.residency_checked']),
    );
  });

  it('e-mails the families of a session: each guardian once, in their language, the waitlist when asked; audited', async () => {
    // Earlier tests moved children about: the families are read as they now stand.
    const guardians = (statuses: string[]) => owner<{ email: string; householdId: string }[]>`
      select distinct u.email, e.household_id as "householdId" from stage_enrolments e
      join household_members m on m.household_id = e.household_id join users u on u.id = m.user_id
      where e.session_id = ${week27} and e.status = any(${statuses}) order by u.email`;
    const [first, second] = await guardians(['confirmed', 'offered']);
    if (!first || !second) throw new Error('two confirmed families expected');
    // The first family has a second guardian; the second family's parent reads Dutch.
    await owner`
      with u as (insert into users (email, name, email_verified, language)
        values ('second.guardian@example.be', 'Second Guardian', true, 'en') returning id)
      insert into household_members (tenant_id, household_id, user_id)
      select tenant_id, id, (select id from u) from households where id = ${first.householdId}`;
    await owner`update users set language = 'nl' where email = ${second.email}`;
    const [waiting] = await createFamilies(owner, {
      tenant: 'liege',
      count: 1,
      birthDate: '2020-03-01',
      prefix: 'staffmessage',
    });
    await enrolDirectly(owner, {
      sessionId: week27,
      childId: waiting?.childId ?? '',
      householdId: waiting?.householdId ?? '',
      status: 'waitlisted',
    });
    const enrolled = (await guardians(['confirmed', 'offered'])).map((g) => g.email);
    const everyone = (await guardians(['confirmed', 'offered', 'waitlisted'])).map((g) => g.email);
    expect(everyone.length).toBeGreaterThan(enrolled.length);

    const path = `/v1/admin/tenants/liege/stage-sessions/${week27}/messages`;
    const sent = await kit.admin(path, manager, {
      method: 'POST',
      body: { subject: 'Piscine jeudi', text: 'Prévoir un maillot.\n\nEt une serviette.' },
    });
    expect(sent.status, await sent.clone().text()).toBe(202);
    expect(await sent.json()).toEqual({ recipients: enrolled.length });
    const mailsAbout = async (subject: string) =>
      (await kit.mailbox.list()).filter((m) => m.message.subject.endsWith(subject));
    await expect
      .poll(async () => (await mailsAbout('Piscine jeudi')).length, { timeout: 10_000 })
      .toBe(enrolled.length);
    const mails = await mailsAbout('Piscine jeudi');
    expect(mails.map((m) => m.message.to).sort()).toEqual([...enrolled].sort());
    const inDutch = mails.find((m) => m.message.to === second.email);
    expect(inDutch?.message.subject).toBe('Multisport in Sart-Tilman: Piscine jeudi');
    expect(inDutch?.message.text).toContain('aan de gezinnen van de stage');
    expect(inDutch?.message.text).toContain('Et une serviette.');
    const inEnglish = mails.find((m) => m.message.to === 'second.guardian@example.be');
    expect(inEnglish?.message.text).toContain('to the families of the stage “Multi-sports at Sart-Tilman”');
    const inFrench = mails.find((m) => m.message.to === first.email);
    expect(inFrench?.message.text).toContain(
      'aux familles du stage « Multisports au Sart-Tilman » (du 5 juillet 2027',
    );

    const withWaitlist = await kit.admin(path, manager, {
      method: 'POST',
      body: { subject: 'Horaire', text: 'Accueil dès 8 h.', audience: 'enrolled-and-waitlisted' },
    });
    expect(await withWaitlist.json()).toEqual({ recipients: everyone.length });
    await expect
      .poll(async () => (await mailsAbout('Horaire')).length, { timeout: 10_000 })
      .toBe(everyone.length);
    const [audit] = await owner<{ detail: { subject: string; audience: string; recipients: number } }[]>`
      select detail from audit_events where action = 'stages.families_mailed' order by at desc limit 1`;
    expect(audit?.detail).toMatchObject({
      subject: 'Horaire',
      audience: 'enrolled-and-waitlisted',
      recipients: everyone.length,
    });
  });

  it('lets an animator see and take attendance for the sessions assigned to them only', async () => {
    const animator = await kit.staff('animator@liege.example.be', 'liege', ['animator'], {
      name: 'Ali Animateur',
    });
    const none = staffSessionsSchema.parse(
      await json(await kit.admin('/v1/admin/tenants/liege/stage-sessions', animator)),
    );
    expect(none.sessions).toEqual([]);
    const assigned = await kit.admin(`/v1/admin/tenants/liege/stage-sessions/${week27}/animators`, manager, {
      method: 'PUT',
      body: { userIds: [animator.userId] },
    });
    expect(await json(assigned)).toEqual({
      animators: [{ userId: animator.userId, name: 'Ali Animateur', email: 'animator@liege.example.be' }],
    });
    const listed = staffSessionsSchema.parse(
      await json(await kit.admin('/v1/admin/tenants/liege/stage-sessions', animator)),
    );
    expect(listed.sessions.map((s) => s.id)).toEqual([week27]);
    const view = staffSessionSchema.parse(
      await json(await kit.admin(`/v1/admin/tenants/liege/stage-sessions/${week27}`, animator)),
    );
    const emma = view.enrolled[0]?.enrolmentId;
    const put = await kit.admin(
      `/v1/admin/tenants/liege/stage-sessions/${week27}/attendance/2027-07-06`,
      animator,
      {
        method: 'PUT',
        body: { marks: [{ enrolmentId: emma, status: 'present' }] },
      },
    );
    expect(put.status).toBe(200);
    const pdf = await kit.admin(`/v1/admin/tenants/liege/stage-sessions/${week27}/list.pdf`, animator);
    expect(pdf.status).toBe(200);
    expect(pdfText(Buffer.from(await pdf.arrayBuffer()))).toContain('Martin Emma');
  });
});
