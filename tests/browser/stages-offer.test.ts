import { createDb } from '@communa/db';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSessionNow } from '../../apps/api/src/stages/testing/enrolment-fixtures.ts';
import { axeViolations } from '../support/axe.ts';
import { useBrowserPlatform } from '../support/browser-platform.ts';
import { asCitizen, citizenToken } from '../support/citizen.ts';
import { awaitMail, mailCount } from '../support/dev-mailbox.ts';

interface Enrolled {
  results: { childId: string; status: string; enrolmentId?: string }[];
}

// A parent with two children in a session of one seat (one confirmed, one waitlisted) cancels the
// confirmed one in "My requests", keyboard only; the seat is offered to the other child by e-mail,
// whose accept link opens the demo page on the offer, focused but not answered; one key press
// accepts it. Real servers, real database, real job worker and development mailbox, real Chromium.
describe('<communa-account> cancelling an enrolment and answering a seat offer', () => {
  const browserPlatform = useBrowserPlatform();
  let owner: ReturnType<typeof createDb> | undefined;

  // Sessions opened before any catalogue read: the API keeps a commune's stage configuration in memory once read.
  beforeAll(async () => {
    owner = createDb(browserPlatform.platform.database.ownerUrl, { max: 2 });
    await openSessionNow(owner.sql, {
      tenant: 'liege',
      stage: 'multisports',
      session: 'semaine-28-6-8-ans',
      capacity: 1,
    });
    await openSessionNow(owner.sql, {
      tenant: 'liege',
      stage: 'football',
      session: 'semaine-33',
      capacity: 1,
    });
  });
  afterAll(async () => {
    await owner?.close();
  });

  const account = (page: Page, selector: string) => page.locator(`communa-account ${selector}`);
  const isFocused = (page: Page, selector: string) =>
    account(page, selector).evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement);

  async function api<T>(token: string, path: string): Promise<T> {
    const res = await fetch(`${browserPlatform.platform.apiUrl}${path}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
    return (await res.json()) as T;
  }

  /** A household in Liège with two children enrolled, in this order, in a session of one seat. */
  async function family(
    email: string,
    stage: string,
    session: string,
    firstNames: [string, string],
    birthDates: [string, string],
  ) {
    const { apiUrl } = browserPlatform.platform;
    const token = await citizenToken(apiUrl, 'liege', email);
    await asCitizen(apiUrl, token, 'PUT', '/v1/tenants/liege/me/household', {
      street: 'Rue Saint-Gilles',
      number: '40',
      postalCode: '4000',
      city: 'Liège',
    });
    for (const [i, firstName] of firstNames.entries()) {
      await asCitizen(apiUrl, token, 'POST', '/v1/tenants/liege/me/children', {
        firstName,
        lastName: 'Lambert',
        birthDate: birthDates[i],
      });
    }
    const household = await api<{ children: { id: string; firstName: string }[] }>(
      token,
      '/v1/tenants/liege/me/household',
    );
    const childIds = firstNames.map((name) => household.children.find((c) => c.firstName === name)?.id ?? '');
    const catalogue = await api<{ sessions: { id: string; key: string }[] }>(
      token,
      `/v1/tenants/liege/stages/${stage}`,
    );
    const sessionId = catalogue.sessions.find((s) => s.key === session)?.id ?? '';
    const res = await fetch(`${apiUrl}/v1/tenants/liege/me/enrolments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ sessionId, childIds }),
    });
    const enrolled = (await res.json()) as Enrolled;
    expect(enrolled.results.map((r) => r.status)).toEqual(['confirmed', 'waitlisted']);
    const [first, second] = enrolled.results.map((r) => r.enrolmentId ?? '');
    return { token, confirmed: first ?? '', waitlisted: second ?? '' };
  }

  async function statusOf(token: string, enrolmentId: string): Promise<string | undefined> {
    const mine = await api<{ enrolments: { id: string; status: string }[] }>(
      token,
      '/v1/tenants/liege/me/enrolments',
    );
    return mine.enrolments.find((e) => e.id === enrolmentId)?.status;
  }

  /** A demo page with the parent's session in its storage, recording errors and CSP violations. */
  async function open(path: string, token: string | undefined): Promise<{ page: Page; problems: string[] }> {
    const page = await browserPlatform.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
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
      [key, token ?? ''],
    );
    await page.goto(`${browserPlatform.platform.demoUrl}${path}`);
    return { page, problems };
  }

  /** Tab, and only Tab, until the element is focused. */
  async function tabTo(page: Page, selector: string): Promise<void> {
    for (let i = 0; i < 80 && !(await isFocused(page, selector)); i++) await page.keyboard.press('Tab');
    expect(await isFocused(page, selector)).toBe(true);
  }

  const cases = [
    {
      lang: 'fr',
      signedIn: true,
      email: 'famille.offre@example.be',
      stage: 'multisports',
      session: 'semaine-28-6-8-ans',
      children: ['Zoé', 'Tom'] as [string, string],
      birthDates: ['2019-03-10', '2020-05-02'] as [string, string],
      cancelButton: 'Annuler cette inscription',
      outcome: 'Annuler maintenant est gratuit.',
      cancelled: 'L’inscription de Zoé est annulée, sans frais.',
      cancelledInList: /Frais d’annulation 0,00\s€, crédit \d+,\d\d\s€\./,
      intro:
        /^Une place est proposée à Tom pour Multisports au Sart-Tilman\. Répondez avant le \d+ \S+ 20\d\d/,
      accepted: 'Place acceptée : l’inscription de Tom est confirmée.',
      confirmed: 'Inscription confirmée',
    },
    {
      lang: 'nl',
      signedIn: false,
      email: 'gezin.aanbod@example.be',
      stage: 'football',
      session: 'semaine-33',
      children: ['Lotte', 'Vic'] as [string, string],
      birthDates: ['2017-01-15', '2018-06-01'] as [string, string],
      cancelButton: 'Deze inschrijving annuleren',
      outcome: 'Nu annuleren is gratis.',
      cancelled: 'De inschrijving van Lotte is geannuleerd, zonder kosten.',
      cancelledInList: /Annuleringskosten €\s0,00, tegoed €\s\d+,\d\d\./,
      intro: /^Er wordt een plaats aangeboden aan Vic voor .+\. Antwoord vóór \d+ \S+ 20\d\d/,
      accepted: 'Plaats aanvaard: de inschrijving van Vic is bevestigd.',
      confirmed: 'Inschrijving bevestigd',
    },
  ];

  for (const c of cases) {
    it(`in ${c.lang}: cancels the confirmed child, the offer e-mail's link shows the offer to the other, one key accepts it${c.signedIn ? '' : ', after signing in'}`, async () => {
      const { apiUrl } = browserPlatform.platform;
      const { token, confirmed, waitlisted } = await family(
        c.email,
        c.stage,
        c.session,
        c.children,
        c.birthDates,
      );
      const seen = await mailCount(apiUrl, c.email);

      const { page, problems } = await open(`/liege/${c.lang}/?communa-account=requests`, token);
      const item = (id: string) => account(page, `#enrolment-${id}`);
      await item(waitlisted).waitFor();
      expect(await item(confirmed).locator('.cancel').textContent()).toContain(c.cancelButton);
      expect(await axeViolations(page)).toEqual([]);

      // The confirmation states the rule's outcome; Escape leaves it, focus back on the button.
      await tabTo(page, `#enrolment-${confirmed} .cancel`);
      await page.keyboard.press('Enter');
      await account(page, '#cancel-dialog[open]').waitFor();
      expect(await account(page, '#cancel-outcome').textContent()).toBe(c.outcome);
      expect(await isFocused(page, '#cancel-dialog .keep')).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => account(page, '#cancel-dialog').count()).toBe(0);
      expect(await isFocused(page, `#enrolment-${confirmed} .cancel`)).toBe(true);
      expect(await statusOf(token, confirmed)).toBe('confirmed');

      await page.keyboard.press('Enter');
      await account(page, '#cancel-dialog[open]').waitFor();
      await page.keyboard.press('Shift+Tab');
      expect(await isFocused(page, '#cancel-dialog .confirm-cancel')).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => account(page, '[role="status"]').textContent()).toContain(c.cancelled);
      await expect.poll(() => item(confirmed).textContent()).toMatch(c.cancelledInList);
      expect(await isFocused(page, `#enrolment-${confirmed}`)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);

      // The seat goes to the other child, by e-mail with an accept link to the commune's website.
      const link = await awaitMail(
        apiUrl,
        c.email,
        /\?(communa-offer=[0-9a-f-]{36}&communa-offer-answer=accept)/,
        seen,
      );
      expect(link[1]).toBe(`communa-offer=${waitlisted}&communa-offer-answer=accept`);

      // Opening the link answers nothing: the offer is shown, its Accept focused, the address cleaned.
      const offer = await open(`/liege/${c.lang}/?${link[1]}`, c.signedIn ? token : undefined);
      if (!c.signedIn) {
        // Signed out, the link waits for the sign-in: e-mail, then the one-time code, by keyboard.
        await account(offer.page, '#email').waitFor();
        await tabTo(offer.page, '#email');
        const before = await mailCount(apiUrl, c.email);
        await offer.page.keyboard.type(c.email);
        await offer.page.keyboard.press('Enter');
        await account(offer.page, '#code').waitFor();
        const code = await awaitMail(apiUrl, c.email, /\b(\d{6})\b/, before);
        await tabTo(offer.page, '#code');
        await offer.page.keyboard.type(code[1] ?? '');
        await offer.page.keyboard.press('Enter');
      }
      await account(offer.page, '#offer-link').waitFor();
      expect((await account(offer.page, '#offer-link p').textContent())?.trim()).toMatch(c.intro);
      await expect.poll(() => isFocused(offer.page, '#offer-accept')).toBe(true);
      expect(new URL(offer.page.url()).searchParams.has('communa-offer')).toBe(false);
      expect(await statusOf(token, waitlisted)).toBe('offered');
      expect(await axeViolations(offer.page)).toEqual([]);

      await offer.page.keyboard.press('Enter');
      await expect.poll(() => account(offer.page, '[role="status"]').textContent()).toContain(c.accepted);
      await expect
        .poll(() => account(offer.page, `#enrolment-${waitlisted} .enrolment-status`).textContent())
        .toBe(c.confirmed);
      expect(await account(offer.page, '#offer-link').count()).toBe(0);
      expect(await statusOf(token, waitlisted)).toBe('confirmed');
      expect(await axeViolations(offer.page)).toEqual([]);
      expect([...problems, ...offer.problems]).toEqual([]);
    });
  }
});
