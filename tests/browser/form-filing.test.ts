import type { ConsoleMessage, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBrowserPlatform } from '../support/browser-platform.ts';
import { citizenToken } from '../support/citizen.ts';
import { awaitMail, mailCount } from '../support/dev-mailbox.ts';

const VALID_NISS = '85071512397';
const WRONG_NISS = '85071512398';

// A citizen files the residence certificate request of a demo commune in <communa-form>, with the
// keyboard alone, on the real platform: signed in, errors shown and fixed, each step in the URL,
// the review, the receipt, and the request then listed in <communa-account>'s "My requests".
describe('<communa-form> on the demo municipal sites', () => {
  const browserPlatform = useBrowserPlatform();

  const form = (page: Page, selector: string) => page.locator(`communa-form ${selector}`);
  const keyboard = (page: Page) => page.keyboard;
  const focusedId = (page: Page) =>
    page.evaluate(() => document.querySelector('communa-form')?.shadowRoot?.activeElement?.id ?? '');
  const step = (page: Page) => new URL(page.url()).searchParams.get('communa-form');
  // No draft yet answers 404 and a household not given yet too, by design: the browser logs them.
  const expectedByDesign = (m: ConsoleMessage) => {
    const url = m.location().url;
    return (
      m.text().includes('status of 404') &&
      (url.includes('/me/form-drafts/') || url.endsWith('/me/household'))
    );
  };

  async function open(path: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browserPlatform.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !expectedByDesign(m)) problems.push(m.text());
    });
    await page.goto(`${browserPlatform.platform.demoUrl}${path}`);
    return { page, problems };
  }

  /** Types into the field focused now, then moves on with Tab. */
  async function typeAndTab(page: Page, text: string): Promise<void> {
    await keyboard(page).type(text);
    await keyboard(page).press('Tab');
  }

  async function expectNoViolations(page: Page): Promise<void> {
    expect(await axeViolations(page)).toEqual([]);
  }

  it('in French: signs in inside the form, fills three pages with the keyboard, fixes an error, reviews, sends, finds the request in My requests', async () => {
    const { page, problems } = await open('/liege/fr/forms/attestation-domicile/');
    await form(page, '#step-heading').waitFor();
    expect(await form(page, '#step-heading').textContent()).toContain(
      'Connectez-vous pour remplir ce formulaire',
    );
    await expectNoViolations(page);

    // The sign-in of <communa-account>, inside the form.
    const email = 'formulaire.fr@example.be';
    const seen = await mailCount(browserPlatform.platform.apiUrl, email);
    await form(page, 'communa-account #email').focus();
    await keyboard(page).type(email);
    await keyboard(page).press('Enter');
    await form(page, 'communa-account #code').waitFor();
    const [code] = await awaitMail(browserPlatform.platform.apiUrl, email, /\b\d{6}\b/, seen);
    await form(page, 'communa-account #code').focus();
    await keyboard(page).type(code);
    await keyboard(page).press('Enter');

    // Step 1: the applicant, with a wrong national register number.
    await expect.poll(() => form(page, '#step-heading').textContent()).toContain('Demandeur');
    expect(await form(page, '[part="progress"]').textContent()).toContain('Étape 1 sur 4');
    await expectNoViolations(page);
    await form(page, '#f-lastName').focus();
    await typeAndTab(page, 'Lambert');
    await typeAndTab(page, 'Julie');
    await keyboard(page).type(WRONG_NISS);
    await keyboard(page).press('Enter');
    await form(page, '#error-summary').waitFor();
    expect(await focusedId(page)).toBe('error-summary');
    expect(await form(page, '#error-summary').textContent()).toContain(
      'Numéro de registre national : Ce numéro de registre national n’est pas valable : vérifiez ses chiffres.',
    );
    expect(await form(page, '#f-niss').getAttribute('aria-invalid')).toBe('true');
    expect(await form(page, '#f-niss').getAttribute('aria-describedby')).toContain('f-niss-error');
    expect(await form(page, '#f-niss-error').textContent()).toContain('n’est pas valable');
    expect(step(page)).toBeNull();
    await expectNoViolations(page);

    // The summary's link brings the keyboard to the field; fixed, Next goes on.
    await keyboard(page).press('Tab');
    await keyboard(page).press('Enter');
    expect(await focusedId(page)).toBe('f-niss');
    await keyboard(page).press('Control+A');
    await keyboard(page).type(VALID_NISS);
    await keyboard(page).press('Enter');

    // Step 2: the certificate; "other" and "by post" show their questions, the price follows.
    await expect.poll(() => step(page)).toBe('2');
    expect(await focusedId(page)).toBe('step-heading');
    expect(await form(page, '#step-heading').textContent()).toContain('Certificat');
    expect(await form(page, '#f-purposeOther').count()).toBe(0);
    await keyboard(page).press('Tab'); // kind: first radio
    await keyboard(page).press('ArrowDown'); // "with address history"
    await keyboard(page).press('Tab'); // purpose
    await keyboard(page).press('ArrowDown');
    await keyboard(page).press('ArrowDown'); // "other"
    await form(page, '#f-purposeOther').waitFor();
    await keyboard(page).press('Tab');
    await typeAndTab(page, 'Dossier de mutuelle');
    await typeAndTab(page, '2');
    await keyboard(page).press('ArrowDown'); // delivery: by post
    await form(page, '#f-postalAddress-street').waitFor();
    await keyboard(page).press('Tab');
    await typeAndTab(page, 'Rue Féronstrée');
    await typeAndTab(page, '92');
    await keyboard(page).press('Tab'); // no box
    await typeAndTab(page, '4000');
    await keyboard(page).type('Liège');
    expect(await form(page, '[part="computed"]').textContent()).toMatch(/11,50\s€/);
    await expectNoViolations(page);
    await keyboard(page).press('Enter');

    // Step 3: the consent, shown with its text.
    await expect.poll(() => step(page)).toBe('3');
    expect(await form(page, '[part="consent-text"]').textContent()).toContain(
      "J'accepte que la Ville de Liège",
    );
    await keyboard(page).press('Tab');
    await keyboard(page).press('Space');
    await keyboard(page).press('Tab'); // Previous
    await keyboard(page).press('Tab'); // Next
    await keyboard(page).press('Enter');

    // The review lists every page's answers; "Change" goes back to a page, Back returns.
    await expect.poll(() => step(page)).toBe('review');
    const review = await form(page, 'form').textContent();
    expect(review).toContain('Lambert');
    expect(review).toContain('85.07.15-123.97');
    expect(review).toContain('Avec historique des adresses');
    expect(review).toContain('Rue Féronstrée 92, 4000 Liège');
    expect(review).toContain('Accepté');
    expect(await form(page, '[part="progress"]').textContent()).toContain('Étape 4 sur 4');
    await expectNoViolations(page);
    await form(page, '[part="change"]').nth(1).focus();
    await keyboard(page).press('Enter');
    await expect.poll(() => step(page)).toBe('2');
    await page.goBack();
    await expect.poll(() => step(page)).toBe('review');
    await expect.poll(() => form(page, '#step-heading').textContent()).toContain('Vérifiez vos réponses');

    // Send, with the keyboard: the receipt gives the reference.
    await form(page, '[part="submit"]').focus();
    await keyboard(page).press('Enter');
    await form(page, '[part="reference"]').waitFor();
    const reference = (await form(page, '[part="reference"]').textContent())?.trim() ?? '';
    expect(reference).not.toBe('');
    expect(await focusedId(page)).toBe('receipt-heading');
    expect(await form(page, '[part="receipt"]').textContent()).toContain('Mes demandes');
    await expectNoViolations(page);

    // The page's own account, on "My requests", lists the request and its status.
    await page.goto(
      `${browserPlatform.platform.demoUrl}/liege/fr/forms/attestation-domicile/?communa-account=requests`,
    );
    await expect.poll(() => page.locator('aside communa-account .root').textContent()).toContain(reference);
    expect(await page.locator('aside communa-account [part~="submission"]').first().textContent()).toContain(
      'Demande de certificat de résidence',
    );
    // Sent, the draft is gone: the form starts again at its first step.
    await expect.poll(() => form(page, '#step-heading').textContent()).toContain('Demandeur');
    await expectNoViolations(page);
    expect(problems).toEqual([]);
  });

  it('in Dutch: says what is missing, saves the draft at each step and resumes it, sends', async () => {
    const email = 'formulier.nl@example.be';
    const token = await citizenToken(browserPlatform.platform.apiUrl, 'liege', email);
    const apiBase = browserPlatform.platform.apiUrl;
    const page = await browserPlatform.newPage();
    await page.addInitScript(
      ([key, value]) => localStorage.setItem(key ?? '', value ?? ''),
      [`communa:session:${apiBase}:liege`, token],
    );
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    const path = '/liege/nl/forms/attestation-domicile/';
    await page.goto(`${browserPlatform.platform.demoUrl}${path}`);
    await expect.poll(() => form(page, '#step-heading').textContent()).toContain('Aanvrager');
    expect(await form(page, '[part="progress"]').textContent()).toContain('Stap 1 van 4');
    await expectNoViolations(page);

    // Nothing typed: every required field is listed, in Dutch.
    await form(page, '[part="submit"]').focus();
    await keyboard(page).press('Enter');
    await form(page, '#error-summary').waitFor();
    const summary = await form(page, '#error-summary').textContent();
    expect(summary).toContain('Er is een probleem');
    expect(summary).toContain('Naam: Beantwoord deze vraag.');
    expect(summary).toContain('Rijksregisternummer: Beantwoord deze vraag.');
    expect(await form(page, '#f-lastName').getAttribute('aria-invalid')).toBe('true');
    await expectNoViolations(page);

    await form(page, '#f-lastName').focus();
    await typeAndTab(page, 'Peeters');
    await typeAndTab(page, 'Jan');
    await keyboard(page).type(VALID_NISS);
    await keyboard(page).press('Enter');
    await expect.poll(() => step(page)).toBe('2');
    await expect
      .poll(() => form(page, '[role="status"]').textContent())
      .toContain('Uw antwoorden zijn bewaard.');

    // A new visit without the step in the URL resumes the draft where it was left.
    await page.goto(`${browserPlatform.platform.demoUrl}${path}`);
    await expect.poll(() => form(page, '#step-heading').textContent()).toContain('Getuigschrift');
    await form(page, '[part~="previous"]').focus();
    await keyboard(page).press('Enter');
    await expect.poll(() => form(page, '#step-heading').textContent()).toContain('Aanvrager');
    expect(await form(page, '#f-lastName').inputValue()).toBe('Peeters');
    await keyboard(page).press('Tab');
    await form(page, '[part="submit"]').focus();
    await keyboard(page).press('Enter');

    // Step 2 with the keyboard: current residence, for an employer, one copy, by e-mail.
    await expect.poll(() => step(page)).toBe('2');
    await keyboard(page).press('Tab');
    await keyboard(page).press('Space');
    await keyboard(page).press('Tab');
    await keyboard(page).press('Space');
    await keyboard(page).press('Tab');
    await typeAndTab(page, '1');
    await keyboard(page).press('Space');
    expect(await form(page, '[part="computed"]').textContent()).toMatch(/€\s3,00/);
    await form(page, '[part="submit"]').focus();
    await keyboard(page).press('Enter');
    await expect.poll(() => step(page)).toBe('3');
    await keyboard(page).press('Tab');
    await keyboard(page).press('Space');
    await form(page, '[part="submit"]').focus();
    await keyboard(page).press('Enter');
    await expect.poll(() => form(page, '#step-heading').textContent()).toContain('Controleer uw antwoorden');
    expect(await form(page, 'form').textContent()).toContain('Per e-mail (pdf)');
    await expectNoViolations(page);

    await form(page, '[part="submit"]').focus();
    await keyboard(page).press('Enter');
    await form(page, '[part="reference"]').waitFor();
    expect(await form(page, '#receipt-heading').textContent()).toContain('Uw aanvraag is verstuurd');
    const reference = (await form(page, '[part="reference"]').textContent())?.trim() ?? '';
    await expectNoViolations(page);

    await page.goto(`${browserPlatform.platform.demoUrl}${path}?communa-account=requests`);
    await expect.poll(() => page.locator('aside communa-account .root').textContent()).toContain(reference);
    expect(problems).toEqual([]);
  });

  it('works under the strict Content-Security-Policy: the form, its errors and its review', async () => {
    const email = 'formulaire.csp@example.be';
    const token = await citizenToken(browserPlatform.platform.apiUrl, 'liege', email);
    const page = await browserPlatform.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !expectedByDesign(m)) problems.push(`${m.text()} ${m.location().url}`);
    });
    await page.addInitScript(
      ([key, value]) => {
        localStorage.setItem(key ?? '', value ?? '');
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
        });
      },
      [`communa:session:${browserPlatform.platform.apiUrl}:liege`, token],
    );
    await page.goto(`${browserPlatform.platform.demoUrl}/strict-csp/liege/forms/attestation-domicile/`);
    await expect.poll(() => form(page, '#step-heading').textContent()).toContain('Demandeur');
    await form(page, '[part="submit"]').focus();
    await keyboard(page).press('Enter');
    await form(page, '#error-summary').waitFor();
    await form(page, '#f-lastName').fill('Strict');
    await form(page, '#f-firstName').fill('Page');
    await form(page, '#f-niss').fill(VALID_NISS);
    await form(page, '#f-niss').press('Enter');
    await expect.poll(() => step(page)).toBe('2');
    // The theme reaches the element through the CSSOM, never a style attribute.
    expect(await form(page, '.root').evaluate((el) => getComputedStyle(el).borderTopColor)).not.toBe('');
    expect(problems).toEqual([]);
  });

  it('sends an anonymous report with a proof of work: no sign-in, the case code and its secret on the receipt', async () => {
    const { page, problems } = await open('/charleroi/fr/forms/signalement-fraude/');
    await expect.poll(() => form(page, '#step-heading').textContent()).toContain('Les faits');
    await form(page, '#f-kind').focus();
    await keyboard(page).press('Space');
    await keyboard(page).press('Tab');
    await keyboard(page).type('Trois personnes domiciliées dans un studio vide depuis des mois.');
    await form(page, '#f-address-street').waitFor();
    await form(page, '#f-address-street').fill('Boulevard Tirou');
    await form(page, '#f-address-number').fill('1');
    await form(page, '#f-address-postalCode').fill('6000');
    await form(page, '#f-address-city').fill('Charleroi');
    await form(page, '[part="submit"]').focus();
    await keyboard(page).press('Enter');
    await expect.poll(() => step(page)).toBe('review');
    await form(page, '[part="submit"]').focus();
    await keyboard(page).press('Enter');
    await form(page, '[part="case-secret"]').waitFor({ timeout: 30_000 });
    expect((await form(page, '[part="reference"]').textContent())?.trim()).toMatch(/^CHA-/);
    expect((await form(page, '[part="case-secret"]').textContent())?.trim()).not.toBe('');
    expect(await form(page, '[part="receipt"]').textContent()).not.toContain('Mes demandes');
    expect(
      await page.evaluate(() =>
        Object.keys(localStorage).filter((key) => key.startsWith('communa:session:')),
      ),
    ).toEqual([]);
    await expectNoViolations(page);
    expect(problems).toEqual([]);
  });
});
