import type { Page } from 'playwright-core';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBrowserPlatform } from '../support/browser-platform.ts';
import { citizenToken } from '../support/citizen.ts';

const PASSWORD = 'communa-demo-password';
const AGENT = 'form-agent@herstal.communa.test';
const FORM = 'attestation-domicile';
const FIELDS = 'd-pages-0-sections-0-fields';

// A Herstal form agent edits the residence certificate in the back-office, in headless Chromium
// against the real API, with the keyboard: a field added with a condition, moved up, previewed in
// French and Dutch, saved as version 2, which the citizen's form then shows; in Dutch, an error
// comes back at its field and in the summary. axe on each screen.
describe('the form editor in the back-office', () => {
  const browserPlatform = useBrowserPlatform();
  let owner: postgres.Sql;

  beforeAll(() => {
    owner = postgres(browserPlatform.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await owner.end();
  });

  const heading = (page: Page) => page.locator('main h1');
  const status = (page: Page) => page.locator('communa-admin [role="status"]');
  const editor = (page: Page) => page.locator('admin-form-editor');
  const expectAccessible = async (page: Page) => expect(await axeViolations(page)).toEqual([]);
  /** The id of the element that has focus, through shadow roots. */
  const focusedId = (page: Page) =>
    page.evaluate(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return element?.id ?? '';
    });
  const versions = async () =>
    (
      await owner<{ version: number }[]>`
        select d.version from form_definitions d join tenants t on t.id = d.tenant_id
        where t.slug = 'herstal' and d.form_key = ${FORM} order by d.version`
    ).map((row) => row.version);

  async function openEditor(page: Page, language: 'fr' | 'nl', title: string): Promise<string[]> {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' && !text.includes('status of 401 ') && !text.includes('status of 422 '))
        problems.push(text);
    });
    await page.goto(`${browserPlatform.platform.apiUrl}/admin/herstal/forms`);
    await expect.poll(() => heading(page).textContent()).toBe('Sign in');
    await page.locator('admin-sign-in #email').fill(AGENT);
    await page.locator('admin-sign-in #password').fill(PASSWORD);
    await page.locator('admin-sign-in button[type="submit"]').click();
    await page.locator(`#language-${language}`).click();
    await page.locator(`admin-forms [id="open-edit:${FORM}"]`).waitFor();
    await expectAccessible(page);
    await page.locator(`admin-forms [id="open-edit:${FORM}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page).textContent()).toBe(title);
    await editor(page).locator('#preview').waitFor();
    return problems;
  }

  it('in French: adds a field with a condition, moves it, previews both languages, saves a new version the citizen gets', async () => {
    const page = await browserPlatform.newPage();
    const problems = await openEditor(page, 'fr', 'Modifier : Attestation de domicile');
    const form = editor(page);
    expect(await form.locator('#download-yaml').getAttribute('href')).toBe(
      `/v1/admin/tenants/herstal/forms/${FORM}/definition.yaml`,
    );
    expect(await form.locator('#missing-title').textContent()).toBe('Traductions manquantes (0)');
    await expectAccessible(page);

    // A new field, by keyboard: focus lands on its type.
    await form.locator(`#${FIELDS}-add`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe(`${FIELDS}-5-type`);
    await form.locator(`#${FIELDS}-5-type`).selectOption('number');
    await form.locator(`#${FIELDS}-5-key`).focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('householdSize');
    await page.keyboard.press('Tab');
    await form.locator(`#${FIELDS}-5-label-fr`).focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Nombre de personnes');
    await form.locator(`#${FIELDS}-5-min`).focus();
    await page.keyboard.type('1');
    await page.keyboard.press('Tab');
    // Dutch is missing: flagged at the field and in the list.
    await expect
      .poll(() => form.locator(`#${FIELDS}-5-label-nl-missing`).textContent())
      .toBe('traduction manquante');
    expect(await form.locator('#missing-title').textContent()).toBe('Traductions manquantes (1)');

    // Shown when "for whom" is the household.
    await form.locator(`#${FIELDS}-5-showIf-add`).focus();
    await page.keyboard.press('Enter');
    await form.locator(`#${FIELDS}-5-showIf-field`).selectOption('forWhom');
    await form.locator(`#${FIELDS}-5-showIf-op`).selectOption('equals');
    await form.locator(`#${FIELDS}-5-showIf-value`).focus();
    await page.keyboard.type('household');
    await page.keyboard.press('Tab');

    // Moved above the consent, by its button; the focus follows the field.
    await form.locator(`#${FIELDS}-5-up`).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => status(page).textContent())
      .toBe('Champ « Nombre de personnes » est maintenant en position 5 sur 6.');
    expect(await form.locator(`#${FIELDS}-4`).getAttribute('data-field')).toBe('householdSize');
    expect(await focusedId(page)).toBe(`${FIELDS}-4-up`);
    await expectAccessible(page);

    // The preview in French, then in Dutch (the new label falls back to French, marked).
    const preview = form.locator('#preview');
    expect(await preview.locator('[data-preview-field="householdSize"]').textContent()).toContain(
      'Nombre de personnes',
    );
    expect(await preview.locator('[data-preview-field="householdSize"]').textContent()).toContain(
      'Affiché quand: Pour qui ? est égal à household',
    );
    await form.locator('#preview-nl').focus();
    await page.keyboard.press('Space');
    await expect
      .poll(() => preview.locator('[data-preview-field="forWhom"]').textContent())
      .toContain('Voor wie?');
    expect(await preview.locator('[data-preview-field="householdSize"]').textContent()).toContain(
      'Nombre de personnes (traduction manquante)',
    );
    await expectAccessible(page);

    expect(await versions()).toEqual([1]);
    await form.locator('#save').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).textContent()).toBe('Enregistré : la version 2 est en ligne.');
    expect(await versions()).toEqual([1, 2]);
    await expectAccessible(page);
    expect(problems).toEqual([]);

    // The citizen's form: choosing the household shows the new field (its Dutch label falls back).
    const apiBase = browserPlatform.platform.apiUrl;
    const token = await citizenToken(apiBase, 'herstal', 'editeur.citoyen@example.be');
    const citizen = await browserPlatform.newPage();
    await citizen.addInitScript(
      ([key, value]) => localStorage.setItem(key ?? '', value ?? ''),
      [`communa:session:${apiBase}:herstal`, token],
    );
    await citizen.goto(`${browserPlatform.platform.demoUrl}/herstal/nl/forms/${FORM}/`);
    await expect
      .poll(() => citizen.locator('communa-form #step-heading').textContent())
      .toContain('Aanvraag');
    expect(await citizen.locator('communa-form #f-householdSize').count()).toBe(0);
    await citizen.locator('communa-form #f-forWhom--1').focus();
    await citizen.keyboard.press('Space');
    await expect
      .poll(() => citizen.locator('communa-form label[for="f-householdSize"]').textContent())
      .toContain('Nombre de personnes');
  });

  it('in Dutch: a wrong key comes back at its field and in the summary, then saves', async () => {
    const page = await browserPlatform.newPage();
    const problems = await openEditor(page, 'nl', 'Bewerken: Attest van woonplaats');
    const before = await versions();
    const next = (before.at(-1) ?? 0) + 1;
    const form = editor(page);
    await form.locator(`#${FIELDS}-0-key`).focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Naam met spaties');
    await page.keyboard.press('Tab');
    await form.locator('#save').focus();
    await page.keyboard.press('Enter');
    await form.locator('.error-summary').waitFor();
    expect(await form.locator('.error-summary').textContent()).toContain(
      'Pagina 1, Veld „Naam” (key): deze waarde wordt niet aanvaard',
    );
    expect(await form.locator(`#${FIELDS}-0-key`).getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator(`#${FIELDS}-0-key-error`).isVisible()).toBe(true);
    await expectAccessible(page);

    await form.locator('.error-summary a').first().focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('achternaam');
    await page.keyboard.press('Tab');
    await form.locator('#save').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).textContent()).toBe(`Opgeslagen: versie ${next} staat nu online.`);
    expect(await versions()).toEqual([...before, next]);
    expect(await form.locator('.error-summary').count()).toBe(0);
    await expectAccessible(page);
    expect(problems).toEqual([]);
  });
});
