import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBrowserPlatform } from '../support/browser-platform.ts';
import { awaitMail, mailCount } from '../support/dev-mailbox.ts';

// An association inside <communa-account>: one person registers it (the company number checked at
// the field), invites a member by e-mail, who opens the mailed link in Dutch, signs in with that
// address and accepts with the keyboard; then, keyboard only, the owner makes the member an owner,
// who cancels a pending invitation in Dutch, and the first owner removes them after a confirmation.
describe('<communa-account> associations', () => {
  const browserPlatform = useBrowserPlatform();

  const account = (page: Page, selector: string) => page.locator(`communa-account ${selector}`);
  const status = (page: Page) => account(page, '[role="status"]').textContent();
  const isFocused = (page: Page, selector: string) =>
    account(page, selector).evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement);

  async function signIn(path: string, email: string): Promise<{ page: Page; problems: string[] }> {
    const { apiUrl, demoUrl } = browserPlatform.platform;
    const page = await browserPlatform.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      // No household yet answers 404 by design; the browser logs that request.
      const expected = m.text().includes('status of 404') && m.location().url.endsWith('/me/household');
      if (m.type() === 'error' && !expected) problems.push(m.text());
    });
    await page.goto(`${demoUrl}${path}`);
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

  it('registers an association in French, invites a member who accepts the mailed link in Dutch', async () => {
    const { apiUrl } = browserPlatform.platform;
    const a = await signIn('/liege/fr/', 'claire.renard@example.be');
    await account(a.page, '#tab-associations').click();
    await expect.poll(() => account(a.page, '#tab-associations').getAttribute('aria-current')).toBe('true');
    expect(await isFocused(a.page, '#section-heading')).toBe(true);
    await expect
      .poll(() => account(a.page, '.section').textContent())
      .toContain('Vous n’agissez encore pour aucune association');
    expect(await axeViolations(a.page)).toEqual([]);

    // The form opens on its first field; a wrong check digit is said in the summary and at the field.
    await account(a.page, '#association-new').click();
    expect(await isFocused(a.page, '#association-name')).toBe(true);
    await account(a.page, '#association-name').fill('Comité de quartier Saint-Gilles');
    await account(a.page, '#association-companyNumber').fill('0403.170.702');
    await account(a.page, '#association-street').fill('Rue Saint-Gilles');
    await account(a.page, '#association-number').fill('12');
    await account(a.page, '#association-postalCode').fill('4000');
    await account(a.page, '#association-city').fill('Liège');
    await account(a.page, '#association-contactName').fill('Claire Renard');
    await account(a.page, 'form:has(#association-name) [part~="submit"]').click();
    await account(a.page, '#association-summary').waitFor();
    expect(await isFocused(a.page, '#association-summary')).toBe(true);
    expect(await account(a.page, '#association-summary').textContent()).toContain(
      'Numéro d’entreprise (BCE): Indiquez un numéro d’entreprise comme 0403.170.701',
    );
    expect(await account(a.page, '#association-companyNumber').getAttribute('aria-invalid')).toBe('true');
    expect(await account(a.page, '#association-companyNumber-error').count()).toBe(1);
    expect(await axeViolations(a.page)).toEqual([]);
    await account(a.page, '#association-companyNumber').fill('BE 0403.170.701');
    await account(a.page, 'form:has(#association-name) [part~="submit"]').click();
    await expect.poll(() => status(a.page)).toContain('Comité de quartier Saint-Gilles est enregistrée.');
    expect(await isFocused(a.page, '#association-heading')).toBe(true);
    expect(await account(a.page, '#association-companyNumber').inputValue()).toBe('0403.170.701');
    expect(await account(a.page, '.members').textContent()).toContain(
      'claire.renard@example.be — responsable',
    );

    const seen = await mailCount(apiUrl, 'marc.peeters@example.be');
    await account(a.page, '#invite-email').fill('Marc.Peeters@example.be');
    await account(a.page, '#invite-email').press('Enter');
    await expect.poll(() => status(a.page)).toContain('Invitation envoyée à marc.peeters@example.be.');
    expect(await isFocused(a.page, '#association-invitations')).toBe(true);
    expect(await account(a.page, '#association-invitations').textContent()).toMatch(
      /marc\.peeters@example\.be\s+État : en attente de réponse, jusqu’au .+ \d{4}\./,
    );
    expect(await account(a.page, '#invite-email').inputValue()).toBe('');
    expect(await axeViolations(a.page)).toEqual([]);

    // The member opens the mailed link on the Dutch page and signs in with the invited address.
    const [, token] = await awaitMail(
      apiUrl,
      'marc.peeters@example.be',
      /communa-association-invitation=([A-Za-z0-9_-]{43})/,
      seen,
    );
    const b = await signIn(`/liege/nl/?communa-association-invitation=${token}`, 'marc.peeters@example.be');
    await expect.poll(() => account(b.page, '#tab-associations').getAttribute('aria-current')).toBe('true');
    await account(b.page, '#association-link-accept').waitFor();
    await expect.poll(() => isFocused(b.page, '#association-link-accept')).toBe(true);
    expect(b.page.url()).not.toContain('communa-association-invitation');
    expect(await account(b.page, '#association-link').textContent()).toContain(
      'claire.renard@example.be nodigt u uit om lid te worden van Comité de quartier Saint-Gilles als lid.',
    );
    expect(await axeViolations(b.page)).toEqual([]);
    // Keyboard only: Enter on the focused button accepts.
    await b.page.keyboard.press('Enter');
    await expect
      .poll(() => status(b.page))
      .toContain('U bent lid geworden van Comité de quartier Saint-Gilles.');
    expect(await isFocused(b.page, '#association-heading')).toBe(true);
    expect(await account(b.page, '.members').textContent()).toContain('marc.peeters@example.be — lid');
    expect(await account(b.page, '#association-link').count()).toBe(0);
    // A member does not invite; the form with the details is theirs to correct.
    expect(await account(b.page, '#invite-email').count()).toBe(0);
    expect(await account(b.page, '#association-name').inputValue()).toBe('Comité de quartier Saint-Gilles');
    expect(await axeViolations(b.page)).toEqual([]);

    // Back to the list: the association is there with the member's role.
    await account(b.page, '#association-close').click();
    await expect.poll(() => account(b.page, '.associations').textContent()).toContain('Uw rol: lid.');
    expect(await isFocused(b.page, '.associations li button')).toBe(true);

    // In <communa-event-request> (same site, same session, strict CSP), the details step offers to
    // ask on behalf of the association.
    await b.page.goto(`${browserPlatform.platform.demoUrl}/strict-csp/liege/nl/event-request/`);
    const widget = (selector: string) => b.page.locator(`communa-event-request ${selector}`);
    await widget('#f-type').first().waitFor();
    await widget('#f-type').first().focus();
    await b.page.keyboard.press('Space');
    await widget('[part="submit"]').focus();
    await b.page.keyboard.press('Enter');
    await widget('#f-association').waitFor();
    expect(await widget('label[for="f-association"]').textContent()).toContain('Namens');
    expect(await widget('#f-association option').allTextContents()).toEqual([
      'Mezelf',
      'Comité de quartier Saint-Gilles',
    ]);
    await widget('#f-association').selectOption({ label: 'Comité de quartier Saint-Gilles' });
    expect(await axeViolations(b.page)).toEqual([]);

    // Claire invites someone else, then makes Marc an owner too, with the keyboard.
    await account(a.page, '#invite-email').fill('julie.lambert@example.be');
    await account(a.page, '#invite-email').press('Enter');
    await expect.poll(() => status(a.page)).toContain('Invitation envoyée à julie.lambert@example.be.');
    await account(a.page, '#association-close').focus();
    await a.page.keyboard.press('Enter');
    await a.page.keyboard.press('Enter'); // the list's Open, focused on coming back
    await account(a.page, '#association-heading').waitFor();
    const marc = account(a.page, '.members li').filter({ hasText: 'marc.peeters@example.be' });
    expect(await marc.textContent()).toContain('— membre');
    expect(await account(a.page, '.members li').first().textContent()).toContain('responsable (vous)');
    // No control on one's own line: leaving is the section's own button.
    expect(await account(a.page, '.members li').first().locator('button').count()).toBe(0);
    await marc.locator('button[id$="-role"]').focus();
    await a.page.keyboard.press('Enter');
    await expect.poll(() => status(a.page)).toContain('marc.peeters@example.be est maintenant responsable.');
    expect(await marc.textContent()).toContain('— responsable');
    expect(await isFocused(a.page, '.members li:has-text("marc.peeters") button[id$="-role"]')).toBe(true);
    expect(await marc.locator('button[id$="-role"]').textContent()).toContain('Rendre simple membre');
    expect(await axeViolations(a.page)).toEqual([]);

    // Marc, now an owner, cancels the invitation still waiting, in Dutch.
    await b.page.goto(`${browserPlatform.platform.demoUrl}/liege/nl/`);
    await account(b.page, '#tab-associations').focus();
    await b.page.keyboard.press('Enter');
    await account(b.page, '.associations li button').focus();
    await b.page.keyboard.press('Enter');
    await account(b.page, '#association-heading').waitFor();
    const julie = account(b.page, '#association-invitations li').filter({
      hasText: 'julie.lambert@example.be',
    });
    expect(await julie.textContent()).toContain('wacht op antwoord');
    expect(await axeViolations(b.page)).toEqual([]);
    await julie.locator('button').focus();
    await b.page.keyboard.press('Enter');
    await expect
      .poll(() => status(b.page))
      .toContain('De uitnodiging aan julie.lambert@example.be is geannuleerd.');
    expect(await julie.textContent()).toContain('geannuleerd');
    expect(await julie.locator('button').count()).toBe(0);
    expect(await isFocused(b.page, '#association-invitations')).toBe(true);
    expect(await axeViolations(b.page)).toEqual([]);

    // Claire removes Marc, after a confirmation that takes the focus.
    await account(a.page, '#association-close').focus();
    await a.page.keyboard.press('Enter');
    await a.page.keyboard.press('Enter');
    await account(a.page, '#association-heading').waitFor();
    await marc.locator('button[id$="-remove"]').focus();
    await a.page.keyboard.press('Enter');
    await expect.poll(() => isFocused(a.page, '#member-remove-confirm')).toBe(true);
    expect(await account(a.page, '#member-remove-confirm').textContent()).toContain(
      'Retirer marc.peeters@example.be de Comité de quartier Saint-Gilles ?',
    );
    expect(await axeViolations(a.page)).toEqual([]);
    await a.page.keyboard.press('Tab');
    expect(await isFocused(a.page, '#member-remove-yes')).toBe(true);
    await a.page.keyboard.press('Enter');
    await expect
      .poll(() => status(a.page))
      .toContain('marc.peeters@example.be ne fait plus partie de Comité de quartier Saint-Gilles.');
    expect(await account(a.page, '.members').textContent()).not.toContain('marc.peeters');
    expect(await isFocused(a.page, '#association-members')).toBe(true);
    expect(await axeViolations(a.page)).toEqual([]);
    expect([...a.problems, ...b.problems]).toEqual([]);
  });
});
