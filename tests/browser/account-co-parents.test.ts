import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBrowserPlatform } from '../support/browser-platform.ts';
import { asCitizen, citizenToken } from '../support/citizen.ts';
import { awaitMail, mailCount, mailsTo as mailsToAddress } from '../support/dev-mailbox.ts';

// Separated parents share their children inside <communa-account>: one parent invites the other by
// e-mail, who signs in at their own address and accepts; one child record, two households.
describe('<communa-account> shares children with the other parent', () => {
  const browserPlatform = useBrowserPlatform();

  const account = (page: Page, selector: string) => page.locator(`communa-account ${selector}`);
  const text = (page: Page) => account(page, '.root').textContent();
  const status = (page: Page) => account(page, '[role="status"]').textContent();
  const isFocused = (page: Page, selector: string) =>
    account(page, selector).evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement);
  const focusedText = (page: Page) =>
    account(page, '.root').evaluate(
      (el) => (el.getRootNode() as ShadowRoot).activeElement?.textContent ?? '',
    );

  const mailsTo = (email: string) => mailsToAddress(browserPlatform.platform.apiUrl, email);

  async function signIn(path: string, email: string): Promise<{ page: Page; problems: string[] }> {
    const { apiUrl, demoUrl } = browserPlatform.platform;
    const page = await browserPlatform.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      // A household not given yet answers 404 and an address invited twice 409, by design; the
      // browser logs those requests.
      const url = m.location().url;
      const expected =
        (m.text().includes('status of 404') && url.endsWith('/me/household')) ||
        (m.text().includes('status of 409') && url.endsWith('/me/co-parent-invitations'));
      if (m.type() === 'error' && !expected) problems.push(m.text());
    });
    await page.goto(`${demoUrl}${path}`);
    // The invitation may already be in this mailbox: the code is in the next mail.
    const seen = await mailCount(apiUrl, email);
    await account(page, '#email').fill(email);
    await account(page, '#email').press('Enter');
    await account(page, '#code').waitFor();
    const [code] = await awaitMail(apiUrl, email, /\b\d{6}\b/, seen);
    await account(page, '#code').fill(code);
    await account(page, '#code').press('Enter');
    await account(page, '#tab-profile').waitFor();
    return { page, problems };
  }

  async function show(page: Page, section: string): Promise<void> {
    await account(page, `#tab-${section}`).click();
    await expect.poll(() => account(page, `#tab-${section}`).getAttribute('aria-current')).toBe('true');
    expect(await isFocused(page, '#section-heading')).toBe(true);
  }

  async function setHousehold(page: Page, address: { street: string; number: string; postalCode: string }) {
    await account(page, '#household-street').fill(address.street);
    await account(page, '#household-number').fill(address.number);
    await account(page, '#household-postalCode').fill(address.postalCode);
    await account(page, '#household-city').fill('Liège');
    await account(page, 'form [part="submit"]').click();
    await account(page, '#residency').waitFor();
  }

  async function addChild(page: Page, child: { first: string; last: string; born: string }): Promise<void> {
    await account(page, '#child-firstName').fill(child.first);
    await account(page, '#child-lastName').fill(child.last);
    await account(page, '#child-birthDate').fill(child.born);
    await account(page, 'form:has(#child-firstName) [part="submit"]').click();
    await expect.poll(() => account(page, '.children').textContent()).toContain(child.first);
  }

  async function invite(page: Page, childName: string, email: string): Promise<void> {
    await account(page, '#share-open').click();
    await account(page, `.check:has-text("${childName}") input`).check();
    await account(page, '#share-email').fill(email);
    await account(page, 'form:has(#share-email) [part="submit"]').click();
    await expect.poll(() => account(page, '.share').textContent()).toContain(email);
  }

  it('parent A invites parent B for one child; B gives an address, accepts with the keyboard and finds the child; A sees it accepted', async () => {
    const a = await signIn('/liege/fr/', 'marie.dupont@example.be');
    await account(a.page, '#profile-name').fill('Marie Dupont');
    await account(a.page, 'form [part="submit"]').click();
    await expect.poll(() => status(a.page)).toContain('Votre profil est enregistré.');
    await show(a.page, 'household');
    await setHousehold(a.page, { street: 'Rue Léopold', number: '1', postalCode: '4000' });
    await show(a.page, 'children');
    await addChild(a.page, { first: 'Zoé', last: 'Martin', born: '02/03/2017' });
    await addChild(a.page, { first: 'Tom', last: 'Martin', born: '20/11/2019' });
    expect(await axeViolations(a.page)).toEqual([]);

    // The form opens on its first checkbox; sent with nothing chosen, its summary says what is missing.
    await account(a.page, '#share-open').click();
    expect(await isFocused(a.page, '.check:has-text("Zoé") input')).toBe(true);
    expect(await account(a.page, 'fieldset legend').textContent()).toContain('Enfants à partager');
    expect(await axeViolations(a.page)).toEqual([]);
    await account(a.page, 'form:has(#share-email) [part="submit"]').click();
    await account(a.page, '#share-summary').waitFor();
    expect(await isFocused(a.page, '#share-summary')).toBe(true);
    const summary = await account(a.page, '#share-summary').textContent();
    expect(summary).toContain('Enfants à partager: Choisissez au moins un enfant.');
    expect(summary).toContain('Adresse e-mail de l’autre parent: Complétez ce champ.');
    expect(await axeViolations(a.page)).toEqual([]);
    // Closing the form returns to its button; the summary goes with it.
    await account(a.page, 'form:has(#share-email) button:has-text("Annuler")').click();
    expect(await isFocused(a.page, '#share-open')).toBe(true);
    expect(await account(a.page, '#share-summary').count()).toBe(0);

    await invite(a.page, 'Zoé', 'paul.martin@example.be');
    const sentToB = account(a.page, '.share li:has-text("paul.martin@example.be")');
    expect(await isFocused(a.page, '.share li:has-text("paul.martin@example.be")')).toBe(true);
    expect(await sentToB.textContent()).toMatch(/Zoé\s+État : en attente de réponse, jusqu’au .+ \d{4}\./);
    expect(await sentToB.textContent()).not.toContain('Tom');
    expect(await status(a.page)).toContain('Invitation envoyée à paul.martin@example.be.');
    // The form is closed; opened again, it is empty, ready for another invitation.
    expect(await account(a.page, '#share-email').count()).toBe(0);
    expect(await axeViolations(a.page)).toEqual([]);
    await account(a.page, '#share-open').click();
    expect(await account(a.page, '#share-email').inputValue()).toBe('');
    expect(await account(a.page, '.check input:checked').count()).toBe(0);
    await account(a.page, 'form:has(#share-email) button:has-text("Annuler")').click();

    // The invitation reached B, in A's language, naming only the child shared.
    await expect
      .poll(async () => (await mailsTo('paul.martin@example.be')).map((m) => m.message.subject))
      .toContain('Partage du dossier de vos enfants — Ville de Liège');
    const [mail] = await mailsTo('paul.martin@example.be');
    expect(mail?.message.text).toContain('Marie Dupont (marie.dupont@example.be)');
    expect(mail?.message.text).toContain('Zoé');
    expect(mail?.message.text).not.toContain('Tom');

    // B, in Dutch, in a browser of their own: the invitation waits for an address of B's own.
    const b = await signIn('/liege/nl/', 'paul.martin@example.be');
    // Signed in on the Profile section, B is told where the invitation waits.
    await expect
      .poll(() => account(b.page, '#invitation-notice').textContent())
      .toContain('Een andere ouder nodigt u uit om het dossier van uw kinderen te delen.');
    expect(await axeViolations(b.page)).toEqual([]);
    await account(b.page, '#invitation-notice button').click();
    await expect.poll(() => account(b.page, '#tab-children').getAttribute('aria-current')).toBe('true');
    expect(await isFocused(b.page, '#section-heading')).toBe(true);
    expect(await account(b.page, '#invitation-notice').count()).toBe(0);
    await expect.poll(() => text(b.page)).toContain('Uitnodigingen van de andere ouder');
    const received = account(b.page, 'li:has-text("marie.dupont@example.be")');
    expect(await received.textContent()).toContain(
      'Marie Dupont (marie.dupont@example.be) nodigt u uit om het dossier van Zoé Martin te delen:',
    );
    expect(await received.locator('.accept').count()).toBe(0);
    expect(await text(b.page)).toContain('Geef eerst het adres van uw gezin op');
    // The Dutch page puts the account in a narrow side column: a long address wraps inside the box.
    expect(await account(b.page, '.root').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await axeViolations(b.page)).toEqual([]);
    await account(b.page, '.section [part="submit"]:has-text("Mijn adres opgeven")').click();
    expect(await isFocused(b.page, '#section-heading')).toBe(true);
    await setHousehold(b.page, { street: 'Quai de Rome', number: '9', postalCode: '4020' });

    // Keyboard only: from the section's heading, Tab reaches Accept, Enter accepts.
    await show(b.page, 'children');
    await received.locator('.accept').waitFor();
    await b.page.keyboard.press('Tab');
    expect(await focusedText(b.page)).toContain('Aanvaarden');
    await b.page.keyboard.press('Enter');
    await expect.poll(() => account(b.page, '.children').textContent()).toContain('Zoé Martin');
    expect(await isFocused(b.page, '.child:has-text("Zoé Martin") .edit')).toBe(true);
    expect(await status(b.page)).toContain('Het dossier van Zoé wordt nu met uw gezin gedeeld.');
    expect(await text(b.page)).not.toContain('Uitnodigingen van de andere ouder');
    expect(await text(b.page)).not.toContain('Tom');
    expect(await axeViolations(b.page)).toEqual([]);
    // Shared, not copied: B's list is the commune's record, after a reload too.
    await b.page.reload();
    await account(b.page, '#tab-children').click();
    await expect.poll(() => account(b.page, '.children').textContent()).toContain('Zoé Martin');

    // A comes back to the section: the invitation is accepted, nothing left to cancel.
    await show(a.page, 'household');
    await show(a.page, 'children');
    await expect.poll(() => sentToB.textContent()).toContain('État : acceptée.');
    expect(await sentToB.locator('.close').count()).toBe(0);
    expect(await axeViolations(a.page)).toEqual([]);
    expect([...a.problems, ...b.problems]).toEqual([]);
  });

  it('cancels an invitation sent, and declines one received, each after a confirmation', async () => {
    const { apiUrl } = browserPlatform.platform;
    // The inviting parent's household and child are set through the API: the UI is tested above.
    const token = await citizenToken(apiUrl, 'liege', 'luc.lambert@example.be');
    await asCitizen(apiUrl, token, 'PUT', '/v1/tenants/liege/me/household', {
      street: 'Rue Haute',
      number: '3',
      postalCode: '4000',
      city: 'Liège',
    });
    await asCitizen(apiUrl, token, 'POST', '/v1/tenants/liege/me/children', {
      firstName: 'Lou',
      lastName: 'Lambert',
      birthDate: '2018-05-14',
    });

    const a = await signIn('/liege/fr/', 'luc.lambert@example.be');
    await show(a.page, 'children');
    await account(a.page, '#share-open').waitFor();
    await invite(a.page, 'Lou', 'erreur@example.be');
    await invite(a.page, 'Lou', 'sophie.lambert@example.be');
    // A second invitation to the same address is refused by the server, said in the form and focused.
    await account(a.page, '#share-open').click();
    await account(a.page, '.check:has-text("Lou") input').check();
    await account(a.page, '#share-email').fill('Sophie.Lambert@example.be');
    await account(a.page, 'form:has(#share-email) [part="submit"]').click();
    await account(a.page, '#share-alert').waitFor();
    expect(await isFocused(a.page, '#share-alert')).toBe(true);
    expect(await account(a.page, '#share-alert').textContent()).toContain(
      'Cette adresse a déjà une invitation de votre ménage en attente de réponse.',
    );
    await account(a.page, 'form:has(#share-email) button:has-text("Annuler")').click();

    // Cancelling asks first; "keep it" goes back to the button, then confirming cancels.
    const wrong = account(a.page, '.share li:has-text("erreur@example.be")');
    await wrong.locator('.close').click();
    expect(await isFocused(a.page, '.share li:has-text("erreur@example.be") .confirm-close')).toBe(true);
    expect(await wrong.textContent()).toContain('Annuler l’invitation envoyée à erreur@example.be ?');
    expect(await axeViolations(a.page)).toEqual([]);
    await wrong.locator('button:has-text("Non, la garder")').click();
    expect(await isFocused(a.page, '.share li:has-text("erreur@example.be") .close')).toBe(true);
    await wrong.locator('.close').click();
    await wrong.locator('[part~="danger"]').click();
    await expect.poll(() => wrong.textContent()).toContain('État : annulée.');
    expect(await isFocused(a.page, '.share li:has-text("erreur@example.be")')).toBe(true);
    expect(await wrong.locator('.close').count()).toBe(0);
    expect(await status(a.page)).toContain('L’invitation envoyée à erreur@example.be est annulée.');

    // The other parent declines, after a confirmation; nothing is shared.
    const b = await signIn('/liege/fr/', 'sophie.lambert@example.be');
    await show(b.page, 'children');
    const received = account(b.page, 'li:has-text("luc.lambert@example.be")');
    await received.locator('.close').click();
    expect(await isFocused(b.page, '.confirm-close')).toBe(true);
    expect(await received.textContent()).toContain('Refuser l’invitation de luc.lambert@example.be ?');
    expect(await axeViolations(b.page)).toEqual([]);
    await received.locator('[part~="danger"]').click();
    await expect.poll(() => text(b.page)).not.toContain('Invitations de l’autre parent');
    expect(await isFocused(b.page, '#section-heading')).toBe(true);
    expect(await status(b.page)).toContain('Vous avez refusé l’invitation de luc.lambert@example.be.');
    expect(await text(b.page)).toContain('Indiquez l’adresse de votre ménage avant d’ajouter des enfants.');

    await show(a.page, 'household');
    await show(a.page, 'children');
    await expect
      .poll(() => account(a.page, '.share li:has-text("sophie.lambert@example.be")').textContent())
      .toContain('État : refusée.');
    expect([...a.problems, ...b.problems]).toEqual([]);
  });
});
