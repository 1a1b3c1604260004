import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBrowserPlatform } from '../support/browser-platform.ts';
import { mailsTo as mailsToAddress } from '../support/dev-mailbox.ts';

// A parent signs in inside <communa-account> on a commune's site and manages their account
// there: household, children, a download of their data, an erasure request.
describe('<communa-account> account area on the demo municipal sites', () => {
  const browserPlatform = useBrowserPlatform();

  const account = (page: Page, selector: string) => page.locator(`communa-account ${selector}`);
  const text = (page: Page) => account(page, '.root').textContent();
  const isFocused = (page: Page, selector: string) =>
    account(page, selector).evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement);

  const mailsTo = (email: string) => mailsToAddress(browserPlatform.platform.apiUrl, email);

  async function signIn(path: string, email: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browserPlatform.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      // A household not given yet answers 404, a second erasure request 429 and an attestation with
      // nothing to attest 409, by design; the browser logs those requests.
      const url = m.location().url;
      const expected =
        (m.text().includes('status of 404') && url.endsWith('/me/household')) ||
        (m.text().includes('status of 429') && url.endsWith('/me/erasure-request')) ||
        (m.text().includes('status of 409') && url.includes('/childcare-attestations/'));
      if (m.type() === 'error' && !expected) problems.push(m.text());
    });
    await page.goto(`${browserPlatform.platform.demoUrl}${path}`);
    await account(page, '#email').fill(email);
    await account(page, '#email').press('Enter');
    await account(page, '#code').waitFor();
    let code: string | undefined;
    await expect
      .poll(async () => {
        code = (await mailsTo(email))[0]?.message.text.match(/\b\d{6}\b/)?.[0];
        return code;
      })
      .toMatch(/^\d{6}$/);
    await account(page, '#code').fill(code ?? '');
    await account(page, '#code').press('Enter');
    await account(page, '#tab-profile').waitFor();
    return { page, problems };
  }

  async function show(page: Page, section: string): Promise<void> {
    await account(page, `#tab-${section}`).click();
    await expect.poll(() => account(page, `#tab-${section}`).getAttribute('aria-current')).toBe('true');
    expect(await isFocused(page, '#section-heading')).toBe(true);
  }

  async function addChild(page: Page, child: { first: string; last: string; born: string }): Promise<void> {
    await account(page, '#child-firstName').fill(child.first);
    await account(page, '#child-lastName').fill(child.last);
    await account(page, '#child-birthDate').fill(child.born);
    await account(page, 'form [part="submit"]').click();
    await expect.poll(() => account(page, '.children').textContent()).toContain(child.first);
  }

  it('fills the household, adds two children (one with the keyboard alone), finds them after a reload, downloads the data and asks for erasure', async () => {
    const email = 'famille.dupont@example.be';
    const { page, problems } = await signIn('/liege/fr/', email);
    expect(await text(page)).toContain(`Connecté·e en tant que ${email}`);
    expect(await axeViolations(page)).toEqual([]);

    await account(page, '#profile-name').fill('Camille Dupont');
    await account(page, '#profile-language').selectOption('nl');
    await account(page, 'form [part="submit"]').click();
    await expect
      .poll(() => account(page, '[role="status"]').textContent())
      .toContain('Votre profil est enregistré.');

    await show(page, 'household');
    expect(await axeViolations(page)).toEqual([]);
    await account(page, '#household-street').fill('Rue Léopold');
    await account(page, '#household-number').fill('12');
    await account(page, '#household-postalCode').fill('4000');
    await account(page, '#household-city').fill('Liège');
    await account(page, '#household-phone').fill('0470 12 34 56');
    await account(page, 'form [part="submit"]').click();
    await expect
      .poll(() => account(page, '#residency').textContent())
      .toContain('vous habitez Ville de Liège.');
    expect(await isFocused(page, '#residency')).toBe(true);
    expect(await account(page, '#household-phone').inputValue()).toBe('+32470123456');
    expect(await axeViolations(page)).toEqual([]);

    await show(page, 'children');
    expect(await text(page)).toContain('Aucun enfant dans votre ménage');
    expect(await axeViolations(page)).toEqual([]);
    await addChild(page, { first: 'Lou', last: 'Dupont', born: '14/05/2018' });
    // After an addition, focus is back in the first field, ready for the next child: keyboard only from here.
    expect(await isFocused(page, '#child-firstName')).toBe(true);
    await page.keyboard.type('Noa');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Dupont');
    await page.keyboard.press('Tab');
    await page.keyboard.type('29/02/2020');
    await page.keyboard.press('Tab');
    await page.keyboard.type('20.02.29-001.25');
    await page.keyboard.press('Enter');
    await account(page, '#child-niss-error').waitFor();
    expect(await isFocused(page, '#child-summary')).toBe(true);
    expect(await account(page, '#child-summary').textContent()).toContain(
      'Ce numéro de registre national n’est pas valable',
    );
    expect(await axeViolations(page)).toEqual([]);
    // Back to the field from the summary, with the keyboard: its link, then correct the number.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await isFocused(page, '#child-niss')).toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    await expect.poll(() => account(page, '.children').textContent()).toContain('Noa Dupont');
    expect(await account(page, '[role="status"]').textContent()).toContain(
      'Noa est ajouté·e à votre ménage.',
    );

    await page.reload();
    await account(page, '#tab-children').click();
    await expect.poll(() => account(page, '.children').textContent()).toContain('Lou Dupont');
    expect(await account(page, '.children').textContent()).toContain('Noa Dupont');
    expect(await text(page)).toContain('Né·e le 14 mai 2018');
    // No stage paid for yet: the attestation form says there is nothing to attest, at the top.
    await account(page, '.child form.attestation button').first().click();
    await expect
      .poll(() => account(page, '#attestation-alert').textContent())
      .toBe('Aucun jour de garde payé à attester pour cet enfant cette année-là.');
    await expect.poll(() => isFocused(page, '#attestation-alert')).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await show(page, 'requests');
    // My requests loads its lists after the section shows.
    await expect.poll(() => text(page)).toContain('Vous n’avez encore aucune demande.');
    expect(await axeViolations(page)).toEqual([]);

    await show(page, 'data');
    expect(await axeViolations(page)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), account(page, '#download').click()]);
    expect(download.suggestedFilename()).toBe('communa-liege-my-data.json');
    const data = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      identity: { email: string; name: string; language: string };
      household: { children: { firstName: string }[] };
    };
    expect(data.identity).toEqual({ email, name: 'Camille Dupont', language: 'nl' });
    expect(data.household.children.map((c) => c.firstName)).toEqual(['Lou', 'Noa']);

    await show(page, 'children');
    await account(page, '.child:has-text("Noa") .edit').click();
    expect(await isFocused(page, '#child-firstName')).toBe(true);
    expect(await account(page, '#child-birthDate').inputValue()).toBe('29/02/2020');
    await account(page, '#child-firstName').fill('Noé');
    await account(page, 'form [part="submit"]').click();
    await expect.poll(() => account(page, '.children').textContent()).toContain('Noé Dupont');
    expect(await isFocused(page, '.child:has-text("Noé") .edit')).toBe(true);
    await account(page, '.child:has-text("Lou") button:has-text("Retirer")').click();
    expect(await isFocused(page, '.confirm-remove')).toBe(true);
    await account(page, '.child:has-text("Lou") [part~="danger"]').click();
    await expect.poll(() => account(page, '.children').textContent()).not.toContain('Lou');
    expect(await account(page, '[role="status"]').textContent()).toContain(
      'Lou est retiré·e de votre ménage.',
    );

    await show(page, 'data');
    await account(page, '#erasure-ask').click();
    expect(await isFocused(page, '#erasure-confirm-text')).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await account(page, '[part~="danger"]').click();
    await account(page, '#erasure-sent').waitFor();
    expect(await isFocused(page, '#erasure-sent')).toBe(true);
    expect(await account(page, '#erasure-sent').textContent()).toContain('Votre demande a été envoyée le');
    expect(await axeViolations(page)).toEqual([]);
    // The confirmation goes in the language of the profile, Dutch.
    await expect
      .poll(async () => (await mailsTo(email)).map((m) => m.message.subject))
      .toContain('Uw verzoek tot wissing — Stad Luik');

    // A second request the same day is refused, said at the buttons and focused.
    await page.reload();
    await account(page, '#tab-data').click();
    await account(page, '#erasure-ask').click();
    await account(page, '[part~="danger"]').click();
    await account(page, '#erasure-alert').waitFor();
    expect(await isFocused(page, '#erasure-alert')).toBe(true);
    expect(await account(page, '#erasure-alert').textContent()).toContain(
      'Vous avez déjà demandé l’effacement ces dernières 24 heures',
    );
    expect(problems).toEqual([]);
  });

  it('speaks Dutch on the Dutch page, and summarises a refused form at its top', async () => {
    const { page } = await signIn('/liege/nl/', 'gezin.peeters@example.be');
    expect(await account(page, '[part="nav"]').textContent()).toMatch(
      /Profiel\s+Gezin\s+Kinderen\s+Verenigingen\s+Mijn aanvragen\s+Mijn gegevens/,
    );
    await show(page, 'children');
    expect(await text(page)).toContain('Geef het adres van uw gezin op voordat u kinderen toevoegt.');
    await account(page, '.section [part="submit"]').click();
    expect(await isFocused(page, '#section-heading')).toBe(true);
    expect(await text(page)).toContain('Straat');
    await account(page, 'form [part="submit"]').click();
    await account(page, '#household-summary').waitFor();
    expect(await isFocused(page, '#household-summary')).toBe(true);
    const summary = await account(page, '#household-summary').textContent();
    expect(summary).toContain('Verbeter het volgende:');
    expect(summary).toContain('Straat: Vul dit veld in.');
    expect(await account(page, '#household-street').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await show(page, 'data');
    expect(await text(page)).toContain('Mijn gegevens downloaden');

    // The section is in the page's URL: back returns to the previous one, a link opens it directly.
    expect(new URL(page.url()).searchParams.get('communa-account')).toBe('data');
    await page.goBack();
    await expect.poll(() => account(page, '#tab-household').getAttribute('aria-current')).toBe('true');
    await page.goto(`${browserPlatform.platform.demoUrl}/liege/nl/?communa-account=children`);
    await expect.poll(() => account(page, '#tab-children').getAttribute('aria-current')).toBe('true');
    await expect.poll(() => text(page)).toContain('Geef het adres van uw gezin op');
  });

  it('works under the strict Content-Security-Policy', async () => {
    const { page, problems } = await signIn('/strict-csp/liege/', 'strict.household@example.be');
    await show(page, 'household');
    await account(page, '#household-street').fill('Hauptstraße');
    await account(page, '#household-number').fill('5');
    await account(page, '#household-postalCode').fill('52062');
    await account(page, '#household-city').fill('Aachen');
    await account(page, '#household-country').selectOption('DE');
    await account(page, 'form [part="submit"]').click();
    await account(page, '#residency').waitFor();
    await show(page, 'data');
    const [download] = await Promise.all([page.waitForEvent('download'), account(page, '#download').click()]);
    expect(JSON.parse(await readFile(await download.path(), 'utf8'))).toMatchObject({
      household: { country: 'DE', residency: 'declared_non_resident' },
    });
    expect(problems).toEqual([]);
  });
});
