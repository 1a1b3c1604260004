import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBrowserPlatform } from '../support/browser-platform.ts';
import { asCitizen, citizenToken } from '../support/citizen.ts';
import { awaitMail, mailCount } from '../support/dev-mailbox.ts';
import { totpCode } from '../support/totp.ts';

const PASSWORD = 'communa-demo-password';

interface Focused {
  tag: string;
  text: string;
  href: string | null;
}

// The staff back-office at /admin, in headless Chromium against the real API with the demo
// communes and demo staff: sign-in, TOTP enrolment, the staff, families and audit-log screens,
// the isolation of communes, keyboard use, Dutch, its strict CSP and axe on every screen.
describe('the staff back-office', () => {
  const browserPlatform = useBrowserPlatform();
  /** Kept from the Liège admin's enrolment, so a later test signs them in again. */
  let liegeAdminTotpUri: string | undefined;

  /**
   * Opens a page and collects what goes wrong: script errors, CSP violations, failed requests.
   * `expected` lists the statuses the test provokes on purpose (401 before signing in, …); the
   * browser logs those requests too.
   */
  async function open(path: string, expected: number[]): Promise<{ page: Page; problems: string[] }> {
    const page = await browserPlatform.newPage();
    const problems: string[] = [];
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      const text = message.text();
      const provoked = expected.some((status) => text.includes(`status of ${status} `));
      if (message.type() === 'error' && !provoked) problems.push(text);
    });
    await page.goto(`${browserPlatform.platform.apiUrl}${path}`);
    return { page, problems };
  }

  async function expectAccessible(page: Page): Promise<void> {
    expect(await axeViolations(page)).toEqual([]);
  }

  /** The element that has focus, through shadow roots. */
  function focused(page: Page): Promise<Focused> {
    return page.evaluate(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return {
        tag: element?.localName ?? '',
        text: element?.textContent?.trim() ?? '',
        href: element?.getAttribute('href') ?? null,
      };
    });
  }

  const heading = (page: Page) => page.locator('main h1');

  /** The text as read, spaces and line breaks of the template collapsed. */
  async function text(locator: Locator): Promise<string> {
    return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  }

  async function signInWithPassword(page: Page, email: string): Promise<void> {
    await page.locator('admin-sign-in #email').fill(email);
    await page.locator('admin-sign-in #password').fill(PASSWORD);
    await page.locator('admin-sign-in button[type="submit"]').click();
  }

  /** Enrols TOTP with the key from the answer's totpURI; gives the URI and the backup codes shown. */
  async function enrol(page: Page): Promise<{ totpUri: string; backupCodes: string[] }> {
    await expect.poll(() => heading(page).textContent()).toBe('Set up a second factor');
    await page.locator('admin-totp-enrolment #password').fill(PASSWORD);
    const enabled = page.waitForResponse((res) => res.url().endsWith('/api/auth/two-factor/enable'));
    await page.locator('admin-totp-enrolment button[type="submit"]').click();
    const { totpURI } = (await (await enabled).json()) as { totpURI: string };
    await page.locator('admin-totp-enrolment .qr svg').waitFor();
    const shownSecret = (await page.locator('#totp-secret').textContent())?.replace(/\s+/g, '');
    expect(shownSecret).toBe(new URL(totpURI).searchParams.get('secret'));
    await expectAccessible(page);
    await page.locator('admin-totp-enrolment #code').fill(await totpCode(totpURI));
    await page.locator('admin-totp-enrolment button[type="submit"]').click();
    await page.locator('#backup-codes').waitFor();
    const backupCodes = await page.locator('#backup-codes li').allTextContents();
    expect(backupCodes.length).toBeGreaterThan(0);
    await expectAccessible(page);
    await page.locator('#backup-done').click();
    return { totpUri: totpURI, backupCodes };
  }

  /** Through the TOTP challenge when an earlier test enrolled the admin, else through enrolment. */
  async function signInAsLiegeAdmin(page: Page): Promise<void> {
    await expect.poll(() => heading(page).textContent()).toBe('Sign in');
    await signInWithPassword(page, 'admin@liege.communa.test');
    if (liegeAdminTotpUri === undefined) {
      liegeAdminTotpUri = (await enrol(page)).totpUri;
      return;
    }
    await expect.poll(() => heading(page).textContent()).toBe('Second step: authenticator code');
    await page.locator('admin-totp-challenge #code').fill(await totpCode(liegeAdminTotpUri));
    await page.locator('admin-totp-challenge #code').press('Enter');
  }

  it('lets the Liège admin enrol TOTP, invite, change a role and see it in the audit log; the invitee accepts', async () => {
    const { page, problems } = await open('/admin/liege/staff', [401, 409]);
    await expect.poll(() => heading(page).textContent()).toBe('Sign in');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectAccessible(page);

    await signInWithPassword(page, 'admin@liege.communa.test');
    liegeAdminTotpUri = (await enrol(page)).totpUri;

    // Back on the deep link the admin asked for, focus on its heading.
    await expect.poll(() => heading(page).textContent()).toBe('Staff');
    expect(new URL(page.url()).pathname).toBe('/admin/liege/staff');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'h1', text: 'Staff' });
    await page.locator('#members tr[data-email="admin@liege.communa.test"]').waitFor();
    await expectAccessible(page);

    // At 200% zoom (1280 CSS pixels seen as 640) the page reflows: no sideways scrolling.
    await page.setViewportSize({ width: 640, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.locator('#invite-email').fill('new.agent@example.be');
    await page.locator('#invite-role-form-agent').check();
    await page.locator('#invite-form button[type="submit"]').click();
    await page.locator('#invitations tr[data-email="new.agent@example.be"]').waitFor();
    await expect
      .poll(() => page.locator('communa-admin [role="status"]').textContent())
      .toContain('Invitation sent to new.agent@example.be.');
    const [link] = await awaitMail(
      browserPlatform.platform.apiUrl,
      'new.agent@example.be',
      /\/admin\/invitations\/[0-9a-f-]{36}/,
    );
    expect(link).toMatch(/^\/admin\/invitations\//);

    // Inviting the same address again is refused, said in words, not in codes.
    await page.locator('#invite-email').fill('new.agent@example.be');
    await page.locator('#invite-role-animator').check();
    await page.locator('#invite-form button[type="submit"]').click();
    await expect
      .poll(() => page.locator('admin-staff .error-summary').textContent())
      .toContain('This person has already been invited.');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'div' });

    const animator = page.locator('#members tr[data-email="animator@liege.communa.test"]');
    await animator.getByRole('button', { name: 'Change roles' }).click();
    await page.locator('#edit-role-event-reviewer').check();
    await animator.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => animator.locator('td').nth(1).textContent()).toContain('Event reviewer');

    // Removing asks first; the commune's last administrator cannot be removed.
    const decider = page.locator('#members tr[data-email="event-decider@liege.communa.test"]');
    await decider.getByRole('button', { name: 'Remove' }).click();
    await page.locator('admin-confirm-dialog #confirm').click();
    await expect.poll(() => decider.count()).toBe(0);
    const self = page.locator('#members tr[data-email="admin@liege.communa.test"]');
    await self.getByRole('button', { name: 'Remove' }).click();
    await page.locator('admin-confirm-dialog #confirm').click();
    await expect
      .poll(() => page.locator('admin-staff .error-summary').textContent())
      .toContain('The commune must keep at least one administrator.');
    expect(await self.count()).toBe(1);

    // A destructive action asks first; keeping the invitation changes nothing.
    const invitation = page.locator('#invitations tr[data-email="new.agent@example.be"]');
    await invitation.getByRole('button', { name: 'Cancel the invitation' }).click();
    await page.locator('admin-confirm-dialog dialog[open]').waitFor();
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('admin-confirm-dialog dialog[open]').count()).toBe(0);
    await expect.poll(() => invitation.count()).toBe(1);

    await page.locator('admin-nav a[data-nav="audit-log"]').click();
    await expect.poll(() => heading(page).textContent()).toBe('Audit log');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'h1', text: 'Audit log' });
    const actions = page.locator('#audit-events tbody tr');
    await actions.first().waitFor();
    const logged = await actions.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-action')));
    // Newest first: the role change, then the invitation, then the sign-in that began it.
    expect(logged.indexOf('staff.roles_changed')).toBeGreaterThanOrEqual(0);
    expect(logged.indexOf('staff.roles_changed')).toBeLessThan(logged.indexOf('staff.invited'));
    // In words, with the code beneath it for support.
    expect(await text(page.locator('#audit-events tr[data-action="staff.roles_changed"] td').nth(1))).toBe(
      'Roles changed staff.roles_changed',
    );
    await expectAccessible(page);

    // Every read of the families is audited: fifty of them fill a page, the rest comes on request.
    await page.evaluate(async () => {
      for (let i = 0; i < 50; i += 1) await fetch('/v1/admin/tenants/liege/households');
    });
    await page.locator('admin-nav a[data-nav="overview"]').click();
    await page.locator('admin-nav a[data-nav="audit-log"]').click();
    await expect.poll(() => actions.count()).toBe(50);
    await page.locator('#load-more').click();
    await expect.poll(async () => (await actions.count()) > 50).toBe(true);
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'th' });
    await expect
      .poll(() => page.locator('communa-admin [role="status"]').textContent())
      .toMatch(/^\d+ events are now shown\.$/);
    expect(problems).toEqual([]);

    // The invitee follows the e-mailed link, signs in with a code sent by e-mail and accepts.
    const invitee = await open(link, [401]);
    await expect.poll(() => heading(invitee.page).textContent()).toBe('Sign in');
    await invitee.page.locator('admin-sign-in #use-code').click();
    const seen = await mailCount(browserPlatform.platform.apiUrl, 'new.agent@example.be');
    await invitee.page.locator('admin-sign-in #email').fill('new.agent@example.be');
    await invitee.page.locator('admin-sign-in #email').press('Enter');
    await invitee.page.locator('admin-sign-in #code').waitFor();
    const [code] = await awaitMail(
      browserPlatform.platform.apiUrl,
      'new.agent@example.be',
      /\b\d{6}\b/,
      seen,
    );
    await invitee.page.locator('admin-sign-in #code').fill(code);
    await invitee.page.locator('admin-sign-in #code').press('Enter');
    await expect.poll(() => heading(invitee.page).textContent()).toBe('Invitation');
    await expect
      .poll(() => invitee.page.locator('admin-invitation .panel').textContent())
      .toContain('You are invited to join the staff of City of Liège as Form agent.');
    await expectAccessible(invitee.page);
    await invitee.page.locator('#accept').click();
    await expect.poll(() => new URL(invitee.page.url()).pathname).toBe('/admin/liege/');
    await expect.poll(() => heading(invitee.page).textContent()).toBe('City of Liège');
    expect(await invitee.page.locator('admin-nav [data-nav]').count()).toBe(2);
    expect(invitee.problems).toEqual([]);

    await page.locator('admin-nav a[data-nav="staff"]').click();
    await page.locator('#members tr[data-email="new.agent@example.be"]').waitFor();
    expect(await page.locator('#invitations tr[data-email="new.agent@example.be"]').count()).toBe(0);
  });

  it('keeps a Liège stage manager out of Herstal; the menu works with the keyboard alone; a residency is corrected and audited; in Dutch', async () => {
    // A family of Liège, registered through the citizen API as the widgets do.
    const { apiUrl } = browserPlatform.platform;
    const token = await citizenToken(apiUrl, 'liege', 'famille.dupont@example.be');
    await asCitizen(apiUrl, token, 'PUT', '/v1/tenants/liege/me/household', {
      street: 'Rue Haute',
      number: '12',
      box: '3',
      postalCode: '4000',
      city: 'Liège',
    });
    await asCitizen(apiUrl, token, 'POST', '/v1/tenants/liege/me/children', {
      firstName: 'Léa',
      lastName: 'Dupont',
      birthDate: '2018-05-14',
    });

    const { page, problems } = await open('/admin/', [401, 404]);
    await expect.poll(() => heading(page).textContent()).toBe('Sign in');
    await signInWithPassword(page, 'stage-manager@liege.communa.test');
    const { backupCodes } = await enrol(page);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/admin/liege/');
    await expect.poll(() => heading(page).textContent()).toBe('City of Liège');

    const switcher = await page.locator('admin-header #commune option').allTextContents();
    expect(switcher.map((name) => name.trim())).toEqual(['City of Liège']);
    const menu = await page
      .locator('admin-nav [data-nav]')
      .evaluateAll((items) => items.map((item) => `${item.getAttribute('data-nav')}:${item.localName}`));
    expect(menu).toEqual(['overview:a', 'families:a', 'stages:a', 'payments:a']);
    await expectAccessible(page);

    // The keyboard alone, from a fresh load (the session survives it): the skip link first, then
    // through the banner to the menu.
    await page.reload();
    await expect.poll(() => heading(page).textContent()).toBe('City of Liège');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', href: '#main' });
    let steps = 0;
    while ((await focused(page)).href !== '/admin/liege/families' && steps < 30) {
      await page.keyboard.press('Tab');
      steps += 1;
    }
    expect((await focused(page)).text).toBe('Families');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/admin/liege/families');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'h1', text: 'Families' });
    const household = page.locator('admin-families .household');
    await household.waitFor();
    expect(await household.locator('h2').textContent()).toBe('Rue Haute 12 box 3, 4000 Liège');
    expect(await household.textContent()).toContain('famille.dupont@example.be');
    expect(await household.textContent()).toContain('Léa Dupont');
    expect(await household.textContent()).toContain('born on 14 May 2018');
    const residency = household.locator('p.residency');
    expect(await text(residency)).toBe('Residency: in the commune (as declared by the family)');
    await expectAccessible(page);

    // The register says otherwise: correcting changes what the family pays, so it asks first,
    // focus on the harmless choice; the keyboard alone confirms.
    await household.getByRole('button', { name: /^Correct: outside the commune/ }).focus();
    await page.keyboard.press('Enter');
    await page.locator('admin-families admin-confirm-dialog dialog[open]').waitFor();
    expect(await text(page.locator('admin-families #confirm-message'))).toBe(
      'Rue Haute 12 box 3, 4000 Liège: the family declared that it lives in the commune. Record that it does not? This changes the price the family pays for stages.',
    );
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'button', text: 'Keep as declared' });
    await expectAccessible(page);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Correct the residency' });
    await page.keyboard.press('Enter');
    await expect
      .poll(() => text(residency))
      .toBe('Residency: outside the commune (corrected by the commune)');
    // The decision's buttons are gone (the child's attestation download stays).
    expect(await household.locator('.decision button').count()).toBe(0);
    await expect
      .poll(() => page.locator('communa-admin [role="status"]').textContent())
      .toBe('Residency of Rue Haute 12 box 3, 4000 Liège corrected: outside the commune.');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'p' });

    await page.locator('#language-nl').click();
    await expect.poll(() => heading(page).textContent()).toBe('Gezinnen');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(await page.locator('admin-nav a[data-nav="overview"]').textContent()).toBe('Overzicht');
    await expect.poll(() => household.textContent()).toContain('geboren op 14 mei 2018');
    expect(await text(residency)).toBe('Woonplaats: buiten de gemeente (verbeterd door de gemeente)');
    await expectAccessible(page);

    await page.goto(`${browserPlatform.platform.apiUrl}/admin/herstal/families`);
    await expect.poll(() => heading(page).textContent()).toBe('Pagina niet gevonden');
    const answer = await page.evaluate(async () => {
      const res = await fetch('/v1/admin/tenants/herstal/households');
      return { status: res.status, body: (await res.json()) as { code: string } };
    });
    expect(answer).toMatchObject({ status: 404, body: { code: 'tenant_not_found' } });
    await expectAccessible(page);

    await page.locator('admin-header #sign-out').click();
    await expect.poll(() => heading(page).textContent()).toBe('Aanmelden');
    const me = await page.evaluate(async () => (await fetch('/v1/admin/me')).status);
    expect(me).toBe(401);

    // Next time the password leads to the second step; a backup code passes it.
    await signInWithPassword(page, 'stage-manager@liege.communa.test');
    await expect.poll(() => heading(page).textContent()).toBe('Tweede stap: code van de authenticator-app');
    await expectAccessible(page);
    await page.locator('admin-totp-challenge #toggle-backup').click();
    await page.locator('admin-totp-challenge #code').fill(backupCodes[0] ?? '');
    await page.locator('admin-totp-challenge #code').press('Enter');
    // Still on the Herstal address it signed out from; the start page leads home to Liège.
    await expect.poll(() => heading(page).textContent()).toBe('Pagina niet gevonden');
    await page.locator('admin-message-view a').click();
    await expect.poll(() => heading(page).textContent()).toBe('Stad Luik');
    expect(problems).toEqual([]);

    // The admin reads the correction in the audit log, in words and by whom.
    const admin = await open('/admin/liege/audit-log', [401]);
    await signInAsLiegeAdmin(admin.page);
    await expect.poll(() => heading(admin.page).textContent()).toBe('Audit log');
    const correction = admin.page.locator('#audit-events tr[data-action="households.residency_corrected"]');
    await correction.waitFor();
    expect(await text(correction.locator('td').nth(0))).toBe('stage-manager@liege.communa.test');
    expect(await text(correction.locator('td').nth(1))).toBe(
      'Residency corrected households.residency_corrected',
    );
    expect(admin.problems).toEqual([]);
  });

  it('switches between two communes with different roles, asking the second factor only where needed', async () => {
    const { page, problems } = await open('/admin/herstal/', [401]);
    await expect.poll(() => heading(page).textContent()).toBe('Sign in');
    await signInWithPassword(page, 'multi@communa.test');
    // Form agent in Herstal: no second factor needed there.
    await expect.poll(() => heading(page).textContent()).toBe('Ville de Herstal');
    const options = await page.locator('admin-header #commune option').allTextContents();
    expect(options.map((name) => name.trim()).sort()).toEqual(['City of Liège', 'Ville de Herstal']);
    expect(
      await page
        .locator('admin-nav [data-nav]')
        .evaluateAll((items) => items.map((i) => i.getAttribute('data-nav'))),
    ).toEqual(['overview', 'forms']);

    // Stage manager in Liège: the second factor is set up on the way in.
    await page.locator('admin-header #commune').selectOption('liege');
    await page.locator('admin-header form.switcher button').click();
    await enrol(page);
    await expect.poll(() => heading(page).textContent()).toBe('City of Liège');
    await page.locator('admin-nav a[data-nav="families"]').click();
    await expect.poll(() => heading(page).textContent()).toBe('Families');

    // Families are not open to a form agent: switching keeps the screen only where the roles allow it.
    await page.locator('admin-header #commune').selectOption('herstal');
    await page.locator('admin-header form.switcher button').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/admin/herstal/');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'h1', text: 'Ville de Herstal' });
    await expectAccessible(page);
    expect(problems).toEqual([]);
  });

  it('lets the Liège admin choose the services a service advisor speaks for, with the keyboard, in French and Dutch', async () => {
    const { page, problems } = await open('/admin/liege/staff', [401, 422]);
    await signInAsLiegeAdmin(page);
    await expect.poll(() => heading(page).textContent()).toBe('Staff');
    await page.locator('#language-fr').click();
    await expect.poll(() => heading(page).textContent()).toBe('Personnel');

    // The demo advisor speaks for Liège's first service; other members have no services to show.
    const advisor = page.locator('#members tr[data-email="service-advisor@liege.communa.test"]');
    await expect
      .poll(() => text(advisor.locator('.member-services')))
      .toBe('Services d’avis : Zone de police');
    const agent = page.locator('#members tr[data-email="form-agent@liege.communa.test"]');
    expect(await agent.locator('.member-services').count()).toBe(0);
    expect(await agent.getByRole('button', { name: /Modifier les services/ }).count()).toBe(0);
    await expectAccessible(page);

    await advisor.getByRole('button', { name: /Modifier les services/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'input' });
    expect(await advisor.locator('legend').textContent()).toBe(
      'Services d’avis de Demo service-advisor (liege)',
    );
    await expect.poll(() => advisor.locator('#edit-service-police').isChecked()).toBe(true);
    await page.keyboard.press('Space');
    await advisor.locator('#edit-service-fire-service').focus();
    await page.keyboard.press('Space');
    await expectAccessible(page);
    await advisor.getByRole('button', { name: 'Enregistrer' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('communa-admin [role="status"]').textContent())
      .toBe('Les services d’avis de Demo service-advisor (liege) ont été modifiés.');
    expect(await text(advisor.locator('.member-services'))).toBe(
      'Services d’avis : Zone de secours (pompiers)',
    );
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'button', text: 'Modifier les services' });

    // Someone took the role away meanwhile: the refusal is said in words, nothing changes.
    await advisor.getByRole('button', { name: /Modifier les services/ }).click();
    const memberId = await page.evaluate(async () => {
      const staff = (await (await fetch('/v1/admin/tenants/liege/staff')).json()) as {
        members: { id: string; email: string }[];
      };
      const id = staff.members.find((m) => m.email === 'service-advisor@liege.communa.test')?.id ?? '';
      await fetch(`/v1/admin/tenants/liege/staff/members/${id}/roles`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ roles: ['event-reviewer'] }),
      });
      return id;
    });
    await advisor.locator('#edit-service-police').check();
    await advisor.getByRole('button', { name: 'Enregistrer' }).click();
    await expect
      .poll(() => page.locator('admin-staff .error-summary').textContent())
      .toContain('Donnez d’abord le rôle « conseiller de service » à ce membre.');
    await expectAccessible(page);
    const roles = await page.evaluate(async (id) => {
      const res = await fetch(`/v1/admin/tenants/liege/staff/members/${id}/roles`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ roles: ['service-advisor'] }),
      });
      return res.status;
    }, memberId);
    expect(roles).toBe(200);

    await page.reload();
    await page.locator('#language-nl').click();
    await expect.poll(() => heading(page).textContent()).toBe('Personeel');
    await expect
      .poll(() => text(advisor.locator('.member-services')))
      .toBe('Adviesdiensten: Hulpverleningszone (brandweer)');
    await expectAccessible(page);
    expect(problems).toEqual([]);
  });
});
