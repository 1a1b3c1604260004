import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBrowserPlatform } from '../support/browser-platform.ts';
import { asCitizen, citizenToken } from '../support/citizen.ts';

// A parent writes a child's health sheet in <communa-account>: keyboard only, saved, found again
// after a reload, a wrong value said at its field, in French and in Dutch, under a strict CSP.
describe('<communa-account> health sheet of a child', () => {
  const browserPlatform = useBrowserPlatform();

  const account = (page: Page, selector: string) => page.locator(`communa-account ${selector}`);
  /** A field of the sheet by its API path: ids carry dots, so they are matched whole. */
  const field = (page: Page, path: string) => account(page, `[id="health-${path}"]`);
  const isFocused = (page: Page, selector: string) =>
    account(page, selector).evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement);
  const status = (page: Page) => account(page, '[role="status"]').textContent();

  /** A Liège household with one child, signed in from Node; the child's id. */
  async function family(email: string, firstName: string): Promise<{ token: string; childId: string }> {
    const { apiUrl } = browserPlatform.platform;
    const token = await citizenToken(apiUrl, 'liege', email);
    await asCitizen(apiUrl, token, 'PUT', '/v1/tenants/liege/me/household', {
      street: 'Rue Hors-Château',
      number: '7',
      postalCode: '4000',
      city: 'Liège',
    });
    const res = await fetch(`${apiUrl}/v1/tenants/liege/me/children`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ firstName, lastName: 'Massart', birthDate: '2019-04-12' }),
    });
    const { id } = (await res.json()) as { id: string };
    return { token, childId: id };
  }

  /** A demo page with the parent's session in its storage, recording errors and CSP violations. */
  async function open(path: string, token: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browserPlatform.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      // No sheet yet answers 404 and a refused sheet 400, by design; the browser logs those requests.
      const expected = /status of (400|404)/.test(m.text()) && m.location().url.endsWith('/health-sheet');
      if (m.type() === 'error' && !expected) problems.push(`console: ${m.text()}`);
    });
    const key = `communa:session:${browserPlatform.platform.apiUrl}:liege`;
    await page.addInitScript(
      ([storageKey, value]) => {
        if (value && !window.localStorage.getItem(storageKey ?? ''))
          window.localStorage.setItem(storageKey ?? '', value);
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
        });
      },
      [key, token],
    );
    await page.goto(`${browserPlatform.platform.demoUrl}${path}`);
    return { page, problems };
  }

  async function type(page: Page, text: string): Promise<void> {
    await page.keyboard.press('Tab');
    if (text) await page.keyboard.type(text);
  }

  it('in French, keyboard only: fills the sheet, saves it, finds it after a reload, and says a wrong phone at its field', async () => {
    const { token, childId } = await family('famille.massart@example.be', 'Zoé');
    const { page, problems } = await open('/liege/fr/?communa-account=children', token);
    await account(page, '.child .health').waitFor();
    await account(page, '.child .health').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => account(page, '#section-heading').textContent()).toBe('Fiche santé de Zoé');
    expect(await isFocused(page, '#section-heading')).toBe(true);
    expect(new URL(page.url()).searchParams.get('communa-account')).toBe(`health-sheet-${childId}`);
    await account(page, '#health-saved').waitFor();
    const intro = await account(page, '.section').textContent();
    expect(intro).toContain('conservées chiffrées');
    expect(intro).toContain('La commune efface la fiche 30 jours après la fin du dernier stage de Zoé');
    expect(intro).toContain('Pas encore de fiche santé');
    expect(await axeViolations(page)).toEqual([]);

    await type(page, 'Arachides');
    await type(page, '');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // A new treatment's first field takes the focus.
    await expect.poll(() => isFocused(page, '[id="health-treatments.0.medication"]')).toBe(true);
    await page.keyboard.type('Ventolin');
    await type(page, '2 bouffées');
    await type(page, 'Avant le sport');
    await page.keyboard.press('Tab'); // remove treatment 1
    await page.keyboard.press('Tab'); // add a treatment
    await type(page, 'Dr Lambert');
    await type(page, '04 222 33 44');
    await type(page, 'Marie Massart');
    await type(page, '0470 12 34 56');
    await type(page, 'Grand-mère');
    await page.keyboard.press('Tab'); // add a person
    await page.keyboard.press('Tab'); // photo consent: yes
    await page.keyboard.press('Space');
    await type(page, 'Se fatigue vite par temps chaud.');
    await page.keyboard.press('Tab');
    expect(await isFocused(page, '[part="submit"]')).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page)).toContain('La fiche santé de Zoé est enregistrée.');
    await expect.poll(() => isFocused(page, '#health-saved')).toBe(true);
    expect(await account(page, '#health-saved').textContent()).toContain('Dernière mise à jour le');
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await expect.poll(() => field(page, 'allergies').inputValue()).toBe('Arachides');
    expect(await field(page, 'treatments.0.medication').inputValue()).toBe('Ventolin');
    expect(await field(page, 'treatments.0.when').inputValue()).toBe('Avant le sport');
    expect(await field(page, 'doctor.name').inputValue()).toBe('Dr Lambert');
    expect(await field(page, 'collectors.0.relation').inputValue()).toBe('Grand-mère');
    expect(await field(page, 'photoConsent').isChecked()).toBe(true);
    expect(await field(page, 'remarks').inputValue()).toBe('Se fatigue vite par temps chaud.');

    // Too short to be a phone number: only the API says so, and its answer lands at the field.
    await field(page, 'collectors.0.phone').fill('12');
    await account(page, '[part="submit"]').click();
    await account(page, '#health-summary').waitFor();
    expect(await isFocused(page, '#health-summary')).toBe(true);
    expect(await account(page, '#health-summary').textContent()).toContain(
      'Téléphone (personne 1): Indiquez un numéro de téléphone comme 0470 12 34 56.',
    );
    expect(await field(page, 'collectors.0.phone-error').textContent()).toBe(
      'Indiquez un numéro de téléphone comme 0470 12 34 56.',
    );
    expect(await field(page, 'collectors.0.phone').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    // From the summary's link to the field, with the keyboard.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await isFocused(page, '[id="health-collectors.0.phone"]')).toBe(true);

    // Back leaves the sheet for the list of children.
    await page.goBack();
    await expect.poll(() => account(page, '.children').textContent()).toContain('Zoé Massart');
    expect(await account(page, '#tab-children').getAttribute('aria-current')).toBe('true');
    expect(problems).toEqual([]);
  });

  it('in Dutch, from a link: summarises what is missing, then saves and keeps the sheet', async () => {
    const { token, childId } = await family('gezin.massart@example.be', 'Lien');
    const { page, problems } = await open(`/liege/nl/?communa-account=health-sheet-${childId}`, token);
    await expect.poll(() => account(page, '#section-heading').textContent()).toBe('Medische fiche van Lien');
    expect(await account(page, '#tab-children').getAttribute('aria-current')).toBe('true');
    await account(page, '#health-saved').waitFor();
    expect(await account(page, '.section').textContent()).toContain(
      'De gemeente wist de fiche 30 dagen na het einde van de laatste stage van Lien',
    );

    await account(page, '[part="submit"]').click();
    await account(page, '#health-summary').waitFor();
    expect(await isFocused(page, '#health-summary')).toBe(true);
    const summary = await account(page, '#health-summary').textContent();
    expect(summary).toContain('Verbeter het volgende:');
    expect(summary).toContain('Voor- en achternaam (persoon 1): Vul dit veld in.');
    expect(summary).toContain('Mogen er tijdens de stages foto’s van Lien genomen worden?: Kies ja of nee.');
    expect(await field(page, 'photoConsent-error').textContent()).toBe('Kies ja of nee.');
    expect(await axeViolations(page)).toEqual([]);

    await field(page, 'collectors.0.name').fill('Jan Massart');
    await field(page, 'collectors.0.phone').fill('0470 98 76 54');
    await field(page, 'collectors.0.relation').fill('Vader');
    await account(page, '#health-add-collectors').click();
    expect(await isFocused(page, '[id="health-collectors.1.name"]')).toBe(true);
    await field(page, 'collectors.1.name').fill('An Peeters');
    await field(page, 'collectors.1.phone').fill('0471 11 22 33');
    await field(page, 'collectors.1.relation').fill('Buurvrouw');
    await field(page, 'photoConsent-no').check();
    await account(page, '[part="submit"]').click();
    await expect.poll(() => status(page)).toContain('De medische fiche van Lien is opgeslagen.');

    await page.reload();
    await expect.poll(() => field(page, 'collectors.1.name').inputValue()).toBe('An Peeters');
    expect(await field(page, 'collectors.0.name').inputValue()).toBe('Jan Massart');
    expect(await field(page, 'photoConsent-no').isChecked()).toBe(true);
    expect(await account(page, '#health-saved').textContent()).toContain('Laatst bijgewerkt op');
    // Removing the first person moves the second up, with its own text.
    await account(page, 'button:has-text("Persoon 1 verwijderen")').click();
    expect(await isFocused(page, '#health-add-collectors')).toBe(true);
    expect(await field(page, 'collectors.0.name').inputValue()).toBe('An Peeters');
    expect(await axeViolations(page)).toEqual([]);
    await account(page, '#health-back').last().click();
    await expect.poll(() => isFocused(page, '.child .health')).toBe(true);
    expect(problems).toEqual([]);
  });

  it('works under the strict Content-Security-Policy', async () => {
    const { token, childId } = await family('strict.massart@example.be', 'Noa');
    const { page, problems } = await open(
      `/strict-csp/liege/?communa-account=health-sheet-${childId}`,
      token,
    );
    await field(page, 'collectors.0.name').waitFor();
    await account(page, '#health-add-treatments').click();
    await field(page, 'treatments.0.medication').fill('Paracetamol');
    await field(page, 'treatments.0.dose').fill('250 mg');
    await field(page, 'treatments.0.when').fill('If fever');
    await field(page, 'collectors.0.name').fill('Eva Massart');
    await field(page, 'collectors.0.phone').fill('0472 00 11 22');
    await field(page, 'collectors.0.relation').fill('Mother');
    await field(page, 'photoConsent').check();
    await account(page, '[part="submit"]').click();
    await expect.poll(() => isFocused(page, '#health-saved')).toBe(true);
    expect(problems).toEqual([]);
  });
});
