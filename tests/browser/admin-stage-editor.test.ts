import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBrowserPlatform } from '../support/browser-platform.ts';
import { totpCode } from '../support/totp.ts';

const PASSWORD = 'communa-demo-password';
const MANAGER = 'stage-manager@herstal.communa.test';
const SESSION = 'd-sessions-0';

type PublicStage = { sessions: { key: string; capacity: number; days: string[] }[] };

// A Herstal stage manager (source: admin) sets the programme in the back-office, in headless
// Chromium against the real API, with the keyboard: a new stage with one session, seen in the public
// catalogue, its capacity then changed; in Dutch, an error comes back at its field and in the summary
// and is fixed from there, a missing translation flagged. axe on each screen, the strict CSP watched.
describe('the stage editor in the back-office', () => {
  const browserPlatform = useBrowserPlatform();
  /** Kept from the first sign-in's enrolment, so the second test passes the TOTP challenge. */
  let totpUri: string | undefined;

  const heading = (page: Page) => page.locator('main h1');
  const status = (page: Page) => page.locator('communa-admin [role="status"]');
  const editor = (page: Page) => page.locator('admin-stage-editor');
  const expectAccessible = async (page: Page) => expect(await axeViolations(page)).toEqual([]);
  /** The id of the element that has focus, through shadow roots. */
  const focusedId = (page: Page) =>
    page.evaluate(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return element?.id ?? '';
    });
  const publicStage = async (key: string): Promise<PublicStage> => {
    const res = await fetch(`${browserPlatform.platform.apiUrl}/v1/tenants/herstal/stages/${key}`);
    expect(res.status).toBe(200);
    return (await res.json()) as PublicStage;
  };
  /** Focuses a text or number control, replaces what it holds by keyboard and leaves it. */
  const typeInto = async (page: Page, selector: string, text: string) => {
    await editor(page).locator(selector).focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(text);
    await page.keyboard.press('Tab');
  };
  const press = async (page: Page, selector: string, key = 'Enter') => {
    await page.locator(selector).focus();
    await page.keyboard.press(key);
  };

  async function openStages(page: Page, language: 'fr' | 'nl'): Promise<string[]> {
    const problems: string[] = [];
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' && !text.includes('status of 401 ') && !text.includes('status of 422 '))
        problems.push(text);
    });
    await page.goto(`${browserPlatform.platform.apiUrl}/admin/herstal/stages`);
    await expect.poll(() => heading(page).textContent()).toBe('Sign in');
    await page.locator('admin-sign-in #email').fill(MANAGER);
    await page.locator('admin-sign-in #password').fill(PASSWORD);
    await page.locator('admin-sign-in button[type="submit"]').click();
    if (totpUri) {
      await page.locator('admin-totp-challenge #code').fill(await totpCode(totpUri));
      await page.locator('admin-totp-challenge #code').press('Enter');
    } else {
      await page.locator('admin-totp-enrolment #password').fill(PASSWORD);
      const enabled = page.waitForResponse((res) => res.url().endsWith('/api/auth/two-factor/enable'));
      await page.locator('admin-totp-enrolment button[type="submit"]').click();
      totpUri = ((await (await enabled).json()) as { totpURI: string }).totpURI;
      await page.locator('admin-totp-enrolment #code').fill(await totpCode(totpUri));
      await page.locator('admin-totp-enrolment button[type="submit"]').click();
      await page.locator('#backup-done').click();
    }
    await page.locator(`#language-${language}`).click();
    await page.locator('admin-stages #open-new').waitFor();
    return problems;
  }

  it('in French: creates a stage with one session, seen in the public catalogue, then changes its capacity', async () => {
    const page = await browserPlatform.newPage();
    const problems = await openStages(page, 'fr');
    await expectAccessible(page);
    await press(page, 'admin-stages #open-new');
    await expect.poll(() => heading(page).textContent()).toBe('Nouveau stage');
    const form = editor(page);
    await form.locator('#save').waitFor();
    expect(await form.locator('#download-yaml').getAttribute('href')).toBe(
      '/v1/admin/tenants/herstal/stages.yaml',
    );
    await expectAccessible(page);

    await typeInto(page, '#key', 'robotique');
    await typeInto(page, '#d-title-fr', 'Robotique');
    // Dutch is missing: flagged at its input and in the list.
    await expect.poll(() => form.locator('#d-title-nl-missing').textContent()).toBe('traduction manquante');
    await typeInto(page, '#d-title-nl', 'Robotica');
    await typeInto(page, '#d-description-fr', 'Construire et programmer des robots.');
    await typeInto(page, '#d-description-nl', 'Robots bouwen en programmeren.');
    expect(await form.locator('#missing-title').textContent()).toBe('Traductions manquantes (0)');
    await form.locator('#d-category').selectOption('science');
    await typeInto(page, `#${SESSION}-key`, 'semaine-29');
    await form.locator(`#${SESSION}-days-from`).fill('2027-07-19');
    await form.locator(`#${SESSION}-days-to`).fill('2027-07-23');
    await typeInto(page, `#${SESSION}-days-except`, '2027-07-20');
    await form.locator(`#${SESSION}-enrolment-windows-0-from`).fill('2027-05-10T18:00');
    await typeInto(page, `#${SESSION}-prices-residentCents`, '60');
    await typeInto(page, `#${SESSION}-prices-nonResidentCents`, '80');

    // A second session, copied from the first, then removed: focus returns to "Add a session".
    await press(page, 'admin-stage-editor #d-sessions-add');
    await expect.poll(() => focusedId(page)).toBe('d-sessions-1-key');
    expect(await form.locator('#d-sessions-1-days-from').inputValue()).toBe('2027-07-19');
    await press(page, 'admin-stage-editor #d-sessions-1-remove');
    await expect.poll(() => focusedId(page)).toBe('d-sessions-add');
    expect(await form.locator('#d-sessions-1').count()).toBe(0);
    await expectAccessible(page);

    await press(page, 'admin-stage-editor #save');
    await expect.poll(() => heading(page).textContent()).toBe('Modifier le stage : Robotique');
    expect(await status(page).textContent()).toBe('Le stage est créé.');
    const created = await publicStage('robotique');
    expect(created.sessions.map(({ key, capacity, days }) => ({ key, capacity, days }))).toEqual([
      { key: 'semaine-29', capacity: 12, days: ['2027-07-19', '2027-07-22', '2027-07-23'] },
    ]);
    // Saved as a range over the weekdays kept: Tuesday left out, Wednesday a holiday.
    await editor(page).locator(`#${SESSION}-capacity`).waitFor();
    await expectAccessible(page);

    await typeInto(page, `#${SESSION}-capacity`, '15');
    await press(page, 'admin-stage-editor #save');
    await expect
      .poll(() => status(page).textContent())
      .toBe('Enregistré : les familles le voient maintenant.');
    expect((await publicStage('robotique')).sessions[0]?.capacity).toBe(15);

    // Back to the list: the new stage is there, focus on its link.
    await press(page, 'admin-stage-editor #back');
    await expect.poll(() => focusedId(page)).toBe('open-edit:robotique');
    expect(problems).toEqual([]);
  });

  it('in Dutch: a capacity of 0 comes back at its field and in the summary, is fixed from there and saved', async () => {
    const page = await browserPlatform.newPage();
    const problems = await openStages(page, 'nl');
    await press(page, 'admin-stages [id="open-edit:ville-d-industrie"]');
    await expect
      .poll(() => heading(page).textContent())
      .toBe('Vakantiestage wijzigen: Herstal, industriestad');
    const form = editor(page);
    await form.locator('#save').waitFor();
    expect(await form.locator(`#${SESSION}`).getAttribute('data-session')).toBe('semaine-28');
    await expectAccessible(page);

    await typeInto(page, '#d-description-nl', '');
    await expect
      .poll(() => form.locator('#d-description-nl-missing').textContent())
      .toBe('vertaling ontbreekt');
    expect(await form.locator('#missing-title').textContent()).toBe('Ontbrekende vertalingen (1)');
    await typeInto(page, `#${SESSION}-capacity`, '0');
    await press(page, 'admin-stage-editor #save');
    await form.locator('.error-summary').waitFor();
    expect(await form.locator('.error-summary').textContent()).toContain(
      'Sessie 1 – semaine-28 (Capaciteit (plaatsen)): deze waarde wordt niet aanvaard (must be at least 1).',
    );
    expect(await form.locator(`#${SESSION}-capacity`).getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator(`#${SESSION}-capacity-error`).isVisible()).toBe(true);
    await expectAccessible(page);

    await press(page, 'admin-stage-editor .error-summary a');
    await expect.poll(() => focusedId(page)).toBe(`${SESSION}-capacity`);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('18');
    await page.keyboard.press('Tab');
    await press(page, 'admin-stage-editor #save');
    await expect.poll(() => status(page).textContent()).toBe('Opgeslagen: gezinnen zien het nu.');
    expect(await form.locator('.error-summary').count()).toBe(0);
    expect((await publicStage('ville-d-industrie')).sessions[0]?.capacity).toBe(18);
    await expectAccessible(page);

    // From a session's page too: "Edit the stage" opens the same editor.
    await press(page, 'admin-stage-editor #back');
    await expect.poll(() => focusedId(page)).toBe('open-edit:ville-d-industrie');
    await page
      .locator('admin-stages #sessions a', { hasText: 'Herstal, industriestad — semaine-28' })
      .focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page).textContent()).toBe('Herstal, industriestad — semaine-28');
    await press(page, 'admin-stage-session #edit-stage');
    await expect
      .poll(() => heading(page).textContent())
      .toBe('Vakantiestage wijzigen: Herstal, industriestad');
    expect(await editor(page).locator(`#${SESSION}-capacity`).inputValue()).toBe('18');
    expect(problems).toEqual([]);
  });
});
