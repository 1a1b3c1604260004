import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBrowserPlatform } from '../support/browser-platform.ts';
import { totpCode } from '../support/totp.ts';

const PASSWORD = 'communa-demo-password';
const ADMIN = 'admin@herstal.communa.test';

// Herstal (source: admin): its admin adds event types in the back-office, in headless Chromium against
// the real API, with the keyboard, in French and in Dutch; each time an error comes back in the summary,
// is fixed from its link, and the new type is offered at once by the public event-types API. axe on
// each screen.
describe('event types, places and equipment in the back-office', () => {
  const browserPlatform = useBrowserPlatform();
  /** Kept from the admin's enrolment, so the second test signs them in again. */
  let totpUri: string | undefined;

  const heading = (page: Page) => page.locator('main h1');
  const status = (page: Page) => page.locator('communa-admin [role="status"]');
  const types = (page: Page) => page.locator('admin-event-types');
  const editor = (page: Page) => page.locator('admin-event-type-editor');
  const expectAccessible = async (page: Page) => expect(await axeViolations(page)).toEqual([]);
  /** The id of the element that has focus, through shadow roots. */
  const focusedId = (page: Page) =>
    page.evaluate(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return element?.id ?? '';
    });
  const offered = async () => {
    const res = await fetch(`${browserPlatform.platform.apiUrl}/v1/tenants/herstal/event-types`);
    const body = (await res.json()) as { types: { key: string; name: Record<string, string> }[] };
    return body.types;
  };

  /** Signs the Herstal admin in (enrolling TOTP the first time) and opens the configuration view. */
  async function openConfiguration(page: Page, language: 'fr' | 'nl'): Promise<string[]> {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' && !/status of (401|422) /.test(text)) problems.push(text);
    });
    await page.goto(`${browserPlatform.platform.apiUrl}/admin/herstal/event-requests`);
    await expect.poll(() => heading(page).textContent()).toBe('Sign in');
    await page.locator('admin-sign-in #email').fill(ADMIN);
    await page.locator('admin-sign-in #password').fill(PASSWORD);
    await page.locator('admin-sign-in button[type="submit"]').click();
    if (totpUri === undefined) {
      await expect.poll(() => heading(page).textContent()).toBe('Set up a second factor');
      await page.locator('admin-totp-enrolment #password').fill(PASSWORD);
      const enabled = page.waitForResponse((res) => res.url().endsWith('/api/auth/two-factor/enable'));
      await page.locator('admin-totp-enrolment button[type="submit"]').click();
      totpUri = ((await (await enabled).json()) as { totpURI: string }).totpURI;
      await page.locator('admin-totp-enrolment #code').fill(await totpCode(totpUri));
      await page.locator('admin-totp-enrolment button[type="submit"]').click();
      await page.locator('#backup-done').click();
    } else {
      await expect.poll(() => heading(page).textContent()).toBe('Second step: authenticator code');
      await page.locator('admin-totp-challenge #code').fill(await totpCode(totpUri));
      await page.locator('admin-totp-challenge #code').press('Enter');
    }
    await page.locator(`#language-${language}`).click();
    await page.locator('admin-event-requests #tab-configuration').focus();
    await page.keyboard.press('Enter');
    await types(page).locator('#open-type-market').waitFor();
    await expectAccessible(page);
    return problems;
  }

  /** Types `text` into the control `id` of the type editor, replacing what it held. */
  async function typeInto(page: Page, id: string, text: string): Promise<void> {
    await editor(page).locator(`#${id}`).focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(text);
  }

  it('in French: creates a type, an error fixed from the summary; requesters are offered it', async () => {
    const page = await browserPlatform.newPage();
    const problems = await openConfiguration(page, 'fr');
    expect(await types(page).locator('#event-types-title').textContent()).toBe('Types d’événements');
    expect(await types(page).locator('admin-event-resources #event-places-title').textContent()).toBe(
      'Lieux réservables',
    );

    await types(page).locator('#open-new-type').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('type-editor-title');
    expect(await editor(page).locator('#type-editor-title').textContent()).toBe('Nouveau type d’événement');
    await expectAccessible(page);

    await typeInto(page, 'type-key', 'brocante');
    await typeInto(page, 'type-name-fr', 'Brocante de quartier');
    await typeInto(page, 'type-name-nl', 'Buurtrommelmarkt');
    await typeInto(page, 'type-description-fr', 'Une brocante organisée par un comité de quartier.');
    await typeInto(page, 'type-description-nl', 'Een rommelmarkt van een buurtcomité.');
    await typeInto(page, 'type-leadTimeDays', '400');
    await editor(page).locator('#type-form').selectOption('event-gathering');
    await editor(page).locator('#type-opinions-police').focus();
    await page.keyboard.press('Space');
    await editor(page).locator('#type-add-attachment').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('type-attachments-0-key');
    // A file field of the type's form (event-gathering), where the requester attaches it.
    await page.keyboard.type('site-plan');
    await typeInto(page, 'type-attachments-0-label-fr', 'Plan des emplacements');
    await typeInto(page, 'type-attachments-0-label-nl', 'Plan van de standplaatsen');

    await editor(page).locator('#type-save').focus();
    await page.keyboard.press('Enter');
    await editor(page).locator('.error-summary').waitFor();
    expect(await editor(page).locator('.error-summary').textContent()).toContain(
      'Délai minimum (jours) : cette valeur n’est pas acceptée',
    );
    expect(await editor(page).locator('#type-leadTimeDays').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    expect((await offered()).map((type) => type.key)).not.toContain('brocante');

    await editor(page).locator('.error-summary a').first().focus();
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('type-leadTimeDays');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('21');
    await editor(page).locator('#type-save').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => status(page).textContent())
      .toBe('Le type d’événement « Brocante de quartier » est créé et proposé aux demandeurs.');
    await expect.poll(() => focusedId(page)).toBe('open-type-brocante');
    expect(await types(page).locator('tr[data-type="brocante"] td').nth(1).textContent()).toBe('21 jours');
    await expectAccessible(page);

    expect((await offered()).at(-1)).toMatchObject({
      key: 'brocante',
      name: { fr: 'Brocante de quartier', nl: 'Buurtrommelmarkt' },
    });
    expect(problems).toEqual([]);
  });

  it('in Dutch: a name missing in French comes back at its field, then the type is offered; stock saved', async () => {
    const page = await browserPlatform.newPage();
    const problems = await openConfiguration(page, 'nl');
    await types(page).locator('#open-new-type').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('type-editor-title');
    expect(await editor(page).locator('#type-editor-title').textContent()).toBe('Nieuw evenementtype');

    await typeInto(page, 'type-key', 'kerstmarkt');
    await typeInto(page, 'type-name-nl', 'Kerstmarkt');
    await typeInto(page, 'type-description-fr', 'Un marché de Noël.');
    await typeInto(page, 'type-description-nl', 'Een kerstmarkt.');
    await editor(page).locator('#type-form').selectOption('event-gathering');
    await editor(page).locator('#type-save').focus();
    await page.keyboard.press('Enter');
    await editor(page).locator('.error-summary').waitFor();
    expect(await editor(page).locator('.error-summary').textContent()).toContain(
      'Naam (Français): de tekst in de standaardtaal van de gemeente is verplicht.',
    );
    expect(await editor(page).locator('#type-name-fr-error').isVisible()).toBe(true);
    await expectAccessible(page);

    await editor(page).locator('.error-summary a').first().focus();
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('type-name-fr');
    await page.keyboard.type('Marché de Noël');
    await editor(page).locator('#type-save').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => status(page).textContent())
      .toBe('Het evenementtype “Kerstmarkt” is aangemaakt en wordt aanvragers aangeboden.');
    await expect.poll(() => focusedId(page)).toBe('open-type-kerstmarkt');
    expect((await offered()).map((type) => type.key)).toContain('kerstmarkt');

    // The podium's stock: a word is refused at the field, a number is saved.
    const resources = types(page).locator('admin-event-resources');
    const podium = await resources
      .locator('input[id^="equipment-"][id$="-key"]')
      .evaluateAll((inputs) =>
        inputs.findIndex((input) => input instanceof HTMLInputElement && input.value === 'podium'),
      );
    await resources.locator(`#equipment-${podium}-stock`).focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('twee');
    await resources.locator('#save-equipment').focus();
    await page.keyboard.press('Enter');
    await resources.locator('.error-summary').waitFor();
    expect(await resources.locator('.error-summary').textContent()).toContain('Geef een geheel getal.');
    await expectAccessible(page);
    await resources.locator('.error-summary a').first().focus();
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe(`equipment-${podium}-stock`);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('2');
    await resources.locator('#save-equipment').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).textContent()).toBe('Het materiaal is opgeslagen.');
    const equipment = (await (
      await fetch(`${browserPlatform.platform.apiUrl}/v1/tenants/herstal/event-equipment`)
    ).json()) as { equipment: { key: string; stock: number }[] };
    expect(equipment.equipment.find((item) => item.key === 'podium')?.stock).toBe(2);
    await expectAccessible(page);
    expect(problems).toEqual([]);
  });
});
