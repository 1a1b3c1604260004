import type { Page } from 'playwright-core';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moveAnswers } from '../../apps/api/src/form-staff/testing/form-staff-fixtures.ts';
import { axeViolations } from '../support/axe.ts';
import { useBrowserPlatform } from '../support/browser-platform.ts';

const PASSWORD = 'communa-demo-password';
const AGENT = 'form-agent@liege.communa.test';
const FORM = 'occupation-voirie-demenagement';
const REFERENCE = 'LIE-2026-UI01';

// A Liège form agent in the back-office, in headless Chromium against the real API, in French and
// with the keyboard alone: the forms with their counts, the inbox filtered and searched, a
// submission's labelled answers, an internal comment and a refusal, with axe on each screen.
describe('the e-guichet inbox in the back-office', () => {
  const browserPlatform = useBrowserPlatform();
  let owner: postgres.Sql;
  let submissionId: string;

  beforeAll(async () => {
    owner = postgres(browserPlatform.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    const [row] = await owner<{ id: string }[]>`
      insert into form_submissions (tenant_id, form_key, version, reference, answers, status, language)
      select t.id, ${FORM}, 1, ${REFERENCE}, ${owner.json(moveAnswers())}, 'submitted', 'fr'
      from tenants t where t.slug = 'liege'
      returning id`;
    if (!row) throw new Error('no submission');
    submissionId = row.id;
  });
  afterAll(async () => {
    await owner.end();
  });

  const heading = (page: Page) => page.locator('main h1');
  const status = (page: Page) => page.locator('communa-admin [role="status"]');
  const expectAccessible = async (page: Page) => expect(await axeViolations(page)).toEqual([]);

  /** A form agent reaches no health data: the password alone signs them in. */
  async function signIn(page: Page): Promise<void> {
    await expect.poll(() => heading(page).textContent()).toBe('Sign in');
    await page.locator('admin-sign-in #email').fill(AGENT);
    await page.locator('admin-sign-in #password').fill(PASSWORD);
    await page.locator('admin-sign-in button[type="submit"]').click();
  }

  it('finds a submission, comments on it and refuses it with the keyboard, in French', async () => {
    const page = await browserPlatform.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().includes('status of 401 '))
        problems.push(message.text());
    });
    await page.goto(`${browserPlatform.platform.apiUrl}/admin/liege/forms`);
    await signIn(page);
    await page.locator('#language-fr').click();
    await expect.poll(() => heading(page).textContent()).toBe('Formulaires');
    const row = page.locator(`admin-forms tr[data-form="${FORM}"]`);
    await expect.poll(() => row.locator('li[data-status="submitted"]').textContent()).toContain('Envoyée: 1');
    await expectAccessible(page);

    await page.locator(`#open-${FORM}`).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => heading(page).textContent())
      .toBe('Occupation de la voie publique pour un déménagement');
    const inbox = page.locator('admin-form-inbox');
    expect(await inbox.locator('#download-csv').getAttribute('href')).toBe(
      `/v1/admin/tenants/liege/forms/${FORM}/submissions.csv?lang=fr`,
    );
    await inbox.locator('#status').selectOption('refused');
    await inbox.locator('#q').fill(REFERENCE);
    await inbox.locator('#q').press('Enter');
    await expect.poll(() => inbox.locator('#no-submissions').isVisible()).toBe(true);
    await inbox.locator('#status').selectOption('submitted');
    await inbox.locator('#q').press('Enter');
    await expect.poll(() => inbox.locator('#submissions tbody tr').count()).toBe(1);
    await expectAccessible(page);

    await inbox.locator(`#open-${submissionId}`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page).textContent()).toBe(`Demande ${REFERENCE}`);
    const submission = page.locator('admin-form-submission');
    expect(await submission.locator('#answers').textContent()).toContain('Adresse de l');
    expect(await submission.locator('dd[data-field="vehicle"]').textContent()).toBe('Camionnette');
    expect(await submission.locator('dd[data-field="company"]').textContent()).toBe('non');
    await expectAccessible(page);

    await submission.locator('#comment').focus();
    await page.keyboard.type('Vérifier le plan de stationnement.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).textContent()).toBe('Le commentaire est ajouté.');
    await expect.poll(() => submission.locator('#history').textContent()).toContain('Vérifier le plan');

    await submission.locator('#transition-comment').fill('Le passage piéton est trop étroit.');
    await submission.locator('button[data-to="refused"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).textContent()).toBe('La demande est maintenant « Refusée ».');
    const [stored] = await owner<
      { status: string }[]
    >`select status from form_submissions where id = ${submissionId}`;
    expect(stored?.status).toBe('refused');
    const events = await owner<{ kind: string; visibility: string }[]>`
      select kind, visibility from form_submission_events where submission_id = ${submissionId} order by created_at`;
    expect(events.map((event) => event.kind)).toEqual(['comment', 'status']);
    expect(events[0]?.visibility).toBe('internal');
    await expectAccessible(page);
    expect(problems).toEqual([]);
  });
});
