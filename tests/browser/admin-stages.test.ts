import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../apps/api/src/stage-staff/testing/pdf-text.ts';
import { enrolDirectly, sessionIdOf } from '../../apps/api/src/stage-staff/testing/stage-staff-fixtures.ts';
import { createFamilies, openSessionNow } from '../../apps/api/src/stages/testing/enrolment-fixtures.ts';
import { axeViolations } from '../support/axe.ts';
import { useBrowserPlatform } from '../support/browser-platform.ts';
import { awaitMail } from '../support/dev-mailbox.ts';
import { totpCode } from '../support/totp.ts';

const PASSWORD = 'communa-demo-password';
const MANAGER = 'stage-manager@liege.communa.test';

// A Liège stage-manager in the back-office, in headless Chromium against the real API: the
// sessions table, a session's children, attendance of a day on a phone-sized screen, the printable
// list; in French and in Dutch, with axe on each screen and the strict CSP watched.
describe('stage sessions in the back-office', () => {
  const browserPlatform = useBrowserPlatform();
  let owner: postgres.Sql;
  let session: string;
  const enrolments: string[] = [];
  const emails: string[] = [];
  /** The family whose invoice the payments test marks paid. */
  let payer: { childId: string; householdId: string } | undefined;
  /** Kept from the first sign-in's enrolment, so the second test passes the TOTP challenge. */
  let totpUri: string | undefined;

  beforeAll(async () => {
    owner = postgres(browserPlatform.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    session = await sessionIdOf(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-27-6-8-ans',
    });
    const families = await createFamilies(owner, {
      tenant: 'liege',
      count: 3,
      birthDate: '2020-03-01',
      prefix: 'ui',
    });
    const names = [
      ['Zoé', 'Lambert'],
      ['Tom', 'Peeters'],
      ['Léa', 'Dubois'],
    ] as const;
    for (const [i, family] of families.entries()) {
      const [firstName, lastName] = names[i] ?? ['', ''];
      await owner`update children set first_name = ${firstName}, last_name = ${lastName} where id = ${family.childId}`;
      emails.push(family.email);
      enrolments.push(
        await enrolDirectly(owner, {
          sessionId: session,
          childId: family.childId,
          householdId: family.householdId,
          status: i < 2 ? 'confirmed' : 'waitlisted',
        }),
      );
    }
    // Zoé's parent answered a stage's questions (Liège's swimming questions, version 1).
    await owner`update stage_enrolments set answers = ${owner.json({ swimmingLevel: 'alone', tshirt: '4-6' })},
      answers_form_key = 'stage-natation', answers_form_version = 1 where id = ${enrolments[0] ?? ''}`;
  });
  afterAll(async () => {
    await owner.end();
  });

  async function open(path: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browserPlatform.newPage();
    const problems: string[] = [];
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().includes('status of 401 '))
        problems.push(message.text());
    });
    await page.goto(`${browserPlatform.platform.apiUrl}${path}`);
    return { page, problems };
  }

  const heading = (page: Page) => page.locator('main h1');
  const status = (page: Page) => page.locator('communa-admin [role="status"]');
  const expectAccessible = async (page: Page) => expect(await axeViolations(page)).toEqual([]);

  /** Password, then a TOTP enrolment the first time and the TOTP challenge after. */
  async function signIn(page: Page): Promise<void> {
    await expect.poll(() => heading(page).textContent()).toBe('Sign in');
    await page.locator('admin-sign-in #email').fill(MANAGER);
    await page.locator('admin-sign-in #password').fill(PASSWORD);
    await page.locator('admin-sign-in button[type="submit"]').click();
    if (totpUri) {
      await page.locator('admin-totp-challenge #code').fill(await totpCode(totpUri));
      await page.locator('admin-totp-challenge #code').press('Enter');
      return;
    }
    await page.locator('admin-totp-enrolment #password').fill(PASSWORD);
    const enabled = page.waitForResponse((res) => res.url().endsWith('/api/auth/two-factor/enable'));
    await page.locator('admin-totp-enrolment button[type="submit"]').click();
    totpUri = ((await (await enabled).json()) as { totpURI: string }).totpURI;
    await page.locator('admin-totp-enrolment #code').fill(await totpCode(totpUri));
    await page.locator('admin-totp-enrolment button[type="submit"]').click();
    await page.locator('#backup-done').click();
  }

  /** Downloads the printable list through its button and gives the text it draws. */
  async function downloadPdf(page: Page): Promise<string> {
    const download = page.waitForEvent('download');
    await page.locator('#download-pdf').click();
    const file = await (await download).path();
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    return pdfText(bytes);
  }

  const marks = async () =>
    Object.fromEntries(
      (
        await owner<{ enrolmentId: string; day: string; status: string }[]>`
          select enrolment_id as "enrolmentId", day::text as day, status from stage_attendance`
      ).map((row) => [`${row.enrolmentId} ${row.day}`, row.status]),
    );

  it('opens a session, takes attendance for a day on a phone and prints the list, in French', async () => {
    const { page, problems } = await open('/admin/liege/stages');
    await signIn(page);
    await page.locator('#language-fr').click();
    await expect.poll(() => heading(page).textContent()).toBe('Stages');
    const row = page.locator(`admin-stages tr[data-session="${session}"]`);
    await expect.poll(() => row.textContent()).toContain('2 sur 24');
    await expectAccessible(page);

    await page.locator(`#open-${session}`).click();
    await expect
      .poll(() => heading(page).textContent())
      .toBe('Multisports au Sart-Tilman — semaine-27-6-8-ans');
    await expect.poll(() => page.locator('#enrolled > li').count()).toBe(2);
    expect(await page.locator('#waitlist > li').textContent()).toContain('Léa Dubois');
    const answers = page.locator(`#enrolled > li[data-enrolment="${enrolments[0]}"] dl.answers`);
    expect(await answers.textContent()).toMatch(
      /Niveau de natation\s*Nage seul 10 mètres\s*Taille de T-shirt\s*4-6 ans/,
    );
    await expectAccessible(page);

    // An animator's phone: the attendance is a list of three radio choices per child.
    await page.setViewportSize({ width: 390, height: 844 });
    const attendance = page.locator('admin-stage-attendance');
    await attendance.locator('#attendance-day').selectOption('2027-07-05');
    const [zoe, tom] = enrolments;
    await attendance.locator(`fieldset[data-enrolment="${zoe}"] input[value="present"]`).check();
    await attendance.locator(`fieldset[data-enrolment="${tom}"] input[value="excused"]`).check();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    await expectAccessible(page);
    await attendance.locator('#save-attendance').click();
    await expect.poll(() => status(page).textContent()).toBe('Présences du 5 juillet 2027 enregistrées.');
    expect(await marks()).toEqual({ [`${zoe} 2027-07-05`]: 'present', [`${tom} 2027-07-05`]: 'excused' });

    await page.setViewportSize({ width: 1280, height: 800 });
    const text = await downloadPdf(page);
    expect(text).toContain('Ville de Li');
    for (const name of ['Lambert Zoé', 'Peeters Tom']) expect(text).toContain(name);
    expect(problems).toEqual([]);
  });

  it('takes the next day’s attendance with the keyboard alone and prints the list, in Dutch', async () => {
    const { page, problems } = await open('/admin/liege/stages');
    await signIn(page);
    await page.locator('#language-nl').click();
    await expect.poll(() => heading(page).textContent()).toBe('Vakantiestages');
    await page.locator(`#open-${session}`).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => heading(page).textContent())
      .toBe('Multisport in Sart-Tilman — semaine-27-6-8-ans');
    await expect.poll(() => page.locator('#enrolled > li').count()).toBe(2);
    expect(
      await page.locator(`#enrolled > li[data-enrolment="${enrolments[0]}"] dl.answers`).textContent(),
    ).toMatch(/Zwemniveau\s*Zwemt alleen 10 meter/);
    await expectAccessible(page);

    const attendance = page.locator('admin-stage-attendance');
    await attendance.locator('#attendance-day').selectOption('2027-07-06');
    const [zoe, tom] = enrolments;
    // Focus on a child's first choice; the arrow keys move within the three, Space chooses.
    await attendance.locator(`fieldset[data-enrolment="${zoe}"] input[value="present"]`).focus();
    await page.keyboard.press('Space');
    await attendance.locator(`fieldset[data-enrolment="${tom}"] input[value="present"]`).focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => attendance.locator(`fieldset[data-enrolment="${tom}"] input[value="absent"]`).isChecked())
      .toBe(true);
    await attendance.locator('#save-attendance').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).textContent()).toBe('Aanwezigheden van 6 juli 2027 opgeslagen.');
    expect(await marks()).toMatchObject({
      [`${zoe} 2027-07-06`]: 'present',
      [`${tom} 2027-07-06`]: 'absent',
    });
    await expectAccessible(page);

    const text = await downloadPdf(page);
    expect(text).toContain('Stad Luik');
    expect(text).toContain('Lambert Zoé');

    // A message to the families, the waitlist's too, with the keyboard alone.
    await page.locator('#message-send').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('admin-session-message .error-summary').textContent())
      .toContain('Schrijf het onderwerp.');
    await expectAccessible(page);
    await page.locator('#message-subject').focus();
    await page.keyboard.type('Zwembad donderdag');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Breng een zwempak mee.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).textContent()).toBe('Bericht verstuurd naar 3 ouders of voogden.');
    const waiting = emails[2] ?? '';
    const mail = await awaitMail(browserPlatform.platform.apiUrl, waiting, /Breng een zwempak mee\./);
    expect(mail[0]).toBe('Breng een zwempak mee.');
    expect(problems).toEqual([]);
  });

  it('finds a transfer by its structured communication and marks the invoice paid, keyboard only, in French', async () => {
    const week28 = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-28-6-8-ans',
    });
    const payers = await createFamilies(owner, {
      tenant: 'liege',
      count: 2,
      birthDate: '2020-03-01',
      prefix: 'payer',
    });
    for (const family of payers) {
      const res = await fetch(`${browserPlatform.platform.apiUrl}/v1/tenants/liege/me/enrolments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${family.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ sessionId: week28, childIds: [family.childId] }),
      });
      expect(res.status, await res.text()).toBe(201);
    }
    const invoices = await owner<{ id: string; communication: string }[]>`
      select i.id, i.structured_communication as communication from stage_invoices i
      join stage_enrolments e on e.id = i.enrolment_id where e.session_id = ${week28} order by i.issued_at`;
    const [paid, other] = invoices;
    if (!paid || !other) throw new Error('two invoices expected');
    payer = payers[0];

    const { page, problems } = await open('/admin/liege/payments');
    await signIn(page);
    await page.locator('#language-fr').click();
    await expect.poll(() => heading(page).textContent()).toBe('Paiements');
    await expect.poll(() => page.locator('#invoices tbody tr').count()).toBeGreaterThanOrEqual(2);
    await expectAccessible(page);
    // As a bank statement prints it: the twelve digits, without the plus signs and slashes.
    await page.locator('#invoice-search').focus();
    await page.keyboard.type(paid.communication.replace(/\D/g, ''));
    await expect.poll(() => page.locator('#invoices tbody tr').count()).toBe(1);
    expect(await page.locator('#invoice-count').textContent()).toContain('1 factures affichées.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('admin-confirm-dialog dialog').getAttribute('open')).toBe('');
    await expectAccessible(page);
    await page.locator('admin-confirm-dialog #confirm').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).textContent()).toContain('est marquée payée.');
    const [row] = await owner<{ status: string }[]>`select status from stage_invoices where id = ${paid.id}`;
    expect(row?.status).toBe('paid');
    const [untouched] = await owner<
      { status: string }[]
    >`select status from stage_invoices where id = ${other.id}`;
    expect(untouched?.status).toBe('open');
    expect(await page.locator(`#status-${paid.id}`).textContent()).toContain('Payée');
    await expectAccessible(page);
    expect(problems).toEqual([]);
  });

  it('downloads a child’s childcare attestation (281.86) from Families, in Dutch, keyboard only', async () => {
    // The child paid for in the payments test came on two days of week 28.
    if (!payer) throw new Error('the payments test runs first');
    await owner`
      insert into stage_attendance (tenant_id, session_id, enrolment_id, day, status)
      select tenant_id, session_id, id, d::date, 'present' from stage_enrolments,
        unnest(array['2027-07-12', '2027-07-13']) d
      where child_id = ${payer.childId} and status = 'confirmed'`;
    await owner`update children set first_name = 'Mila', last_name = 'Claes' where id = ${payer.childId}`;
    const { page, problems } = await open('/admin/liege/families');
    await signIn(page);
    await page.locator('#language-nl').click();
    await expect.poll(() => heading(page).textContent()).toBe('Gezinnen');
    const year = page.locator(`#attestation-${payer.householdId}-${payer.childId}`);
    await expect.poll(() => year.count()).toBe(1);
    await expectAccessible(page);
    await year.focus();
    await year.selectOption('2027');
    await page.keyboard.press('Tab');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const bytes = await readFile(await (await download).path());
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const text = pdfText(bytes);
    expect(text).toContain('Attest kinderoppas');
    expect(text).toContain('Claes Mila');
    await expect.poll(() => status(page).textContent()).toBe('Attest van Mila Claes voor 2027 gedownload.');
    expect(problems).toEqual([]);
  });
});
