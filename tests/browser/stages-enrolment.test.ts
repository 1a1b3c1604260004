import { createDb } from '@communa/db';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSessionNow } from '../../apps/api/src/stages/testing/enrolment-fixtures.ts';
import { axeViolations } from '../support/axe.ts';
import { useBrowserPlatform } from '../support/browser-platform.ts';
import { asCitizen, citizenToken } from '../support/citizen.ts';

// A parent of two children, signed in with <communa-account>'s session, enrols both in a session
// of Liège that opened an hour ago with one seat left: one is confirmed, the other waitlisted at
// position 1, said at once for each child. Real servers, real database, real Chromium.
describe('<communa-stages> enrolment on the demo municipal sites', () => {
  const browserPlatform = useBrowserPlatform();
  let owner: ReturnType<typeof createDb> | undefined;

  // Sessions opened before any catalogue read: the API keeps a commune's stage configuration in
  // memory once read, while seats are read live.
  const opened = { multisports: -1, football: -1, football34: -1 };
  beforeAll(async () => {
    owner = createDb(browserPlatform.platform.database.ownerUrl, { max: 2 });
    await openWithSeats('multisports', 'semaine-28-6-8-ans', 1);
    await openWithSeats('football', 'semaine-33', 1);
    await openWithSeats('football', 'semaine-34', 5);
    opened.multisports = await sessionIndex('multisports', 'semaine-28-6-8-ans');
    opened.football = await sessionIndex('football', 'semaine-33');
    opened.football34 = await sessionIndex('football', 'semaine-34');
  });
  afterAll(async () => {
    await owner?.close();
  });

  const sql = () => {
    if (!owner) throw new Error('no database');
    return owner.sql;
  };

  const stages = (page: Page, selector: string) => page.locator(`communa-stages ${selector}`);
  const isFocused = (page: Page, selector: string) =>
    stages(page, selector).evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement);

  /** A parent with a household in Liège and two children, signed in; the token as the widgets keep it. */
  async function family(email: string, children: { firstName: string; birthDate: string }[]) {
    const { apiUrl } = browserPlatform.platform;
    const token = await citizenToken(apiUrl, 'liege', email);
    await asCitizen(apiUrl, token, 'PUT', '/v1/tenants/liege/me/household', {
      street: 'Rue Saint-Gilles',
      number: '40',
      postalCode: '4000',
      city: 'Liège',
    });
    for (const child of children) {
      await asCitizen(apiUrl, token, 'POST', '/v1/tenants/liege/me/children', {
        ...child,
        lastName: 'Lambert',
      });
    }
    return token;
  }

  /** Opens the session now, first come first served, with `seats` seats. */
  async function openWithSeats(stage: string, session: string, seats: number): Promise<void> {
    await openSessionNow(sql(), { tenant: 'liege', stage, session, capacity: seats });
  }

  /** The session's position among its stage's sessions, as the widget lists them. */
  async function sessionIndex(stage: string, session: string): Promise<number> {
    const res = await fetch(`${browserPlatform.platform.apiUrl}/v1/tenants/liege/stages/${stage}`);
    const body = (await res.json()) as { sessions: { key: string }[] };
    return body.sessions.findIndex((s) => s.key === session);
  }

  /** A page of the demo site with the parent's session in its storage, recording errors and CSP violations. */
  async function open(path: string, token: string | undefined): Promise<{ page: Page; problems: string[] }> {
    const page = await browserPlatform.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      // A request refused for every child answers 409, by design; the browser logs it.
      const expected = m.text().includes('status of 409') && m.location().url.endsWith('/me/enrolments');
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
      [key, token ?? ''],
    );
    await page.goto(`${browserPlatform.platform.demoUrl}${path}`);
    return { page, problems };
  }

  /** Keyboard only, from the stage's heading: the session, both children, then Enter. */
  async function enrolWithKeyboard(page: Page, sessionIndex: number, sessionCount: number): Promise<void> {
    await stages(page, '#enrol-submit').waitFor();
    expect(await isFocused(page, '#stage-heading')).toBe(true);
    for (let i = 0; i <= sessionIndex; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    for (let i = sessionIndex; i < sessionCount; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await isFocused(page, '#enrol-submit')).toBe(true);
    await page.keyboard.press('Enter');
  }

  it('in French: from the list, keyboard only, both children in one request — one confirmed, one waitlisted 1', async () => {
    const index = opened.multisports;
    const token = await family('famille.lambert@example.be', [
      { firstName: 'Zoé', birthDate: '2019-03-10' },
      { firstName: 'Tom', birthDate: '2020-05-02' },
    ]);
    const { page, problems } = await open('/liege/fr/stages/', token);
    await stages(page, '[part="card"]').first().waitFor();
    expect(await stages(page, '[part="heading"]').textContent()).toContain(
      'Stages de vacances — Ville de Liège',
    );
    const card = stages(page, '[part="card"]:has-text("Multisports au Sart-Tilman")');
    expect(await card.locator('[data-session="semaine-28-6-8-ans"]').textContent()).toContain(
      '1 place restante',
    );
    expect(await card.locator('[data-session="semaine-27-6-8-ans"]').textContent()).toContain(
      'Habitants d’abord, dès le 3 mai 2027',
    );
    expect(await card.locator('[data-session="semaine-27-6-8-ans"]').textContent()).toContain(
      'tirées au sort',
    );
    expect(await axeViolations(page)).toEqual([]);

    // "For my child": the children's ages filter the list, the count is announced.
    await stages(page, '#filter-age').selectOption({ label: 'Pour Zoé' });
    await expect.poll(() => stages(page, '[role="status"]').textContent()).toMatch(/\d+ stages? correspond/);
    expect(await stages(page, '[part="card-title"]').allTextContents()).toContain(
      'Multisports au Sart-Tilman',
    );

    await card.locator('[part="open-link"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('communa-stage')).toBe('multisports');
    await enrolWithKeyboard(page, index, await stages(page, '[name="session"]').count());

    await stages(page, '#answer-heading').waitFor();
    expect(await isFocused(page, '#answer-heading')).toBe(true);
    const results = await stages(page, '[part="result"]').allTextContents();
    expect(results[0]).toMatch(/^Zoé : inscription confirmée\. Référence LIE-2027-[A-Z0-9]{5}\.$/);
    expect(results[1]).toMatch(/^Tom : en liste d’attente, position 1\. Référence LIE-2027-[A-Z0-9]{5}\.$/);
    expect(await stages(page, '[role="status"]').textContent()).toContain(
      'Tom : en liste d’attente, position 1.',
    );
    // The seat just taken shows within 2 s.
    await expect
      .poll(() => stages(page, '[part="session"][data-session="semaine-28-6-8-ans"]').textContent(), {
        timeout: 2500,
      })
      .toContain('Complet — inscription sur liste d’attente');
    expect(await axeViolations(page)).toEqual([]);

    // Back returns to the list, focus on the stage's link.
    await page.goBack();
    await stages(page, '[part="filters"]').waitFor();
    expect(await isFocused(page, '[data-stage="multisports"]')).toBe(true);

    // The same enrolments in "My requests" of <communa-account>, with status, position and reference.
    await page.locator('communa-account #tab-requests').click();
    await expect
      .poll(() => page.locator('communa-account .enrolments').textContent())
      .toContain('Zoé Lambert');
    const account = (await page.locator('communa-account .enrolments').textContent()) ?? '';
    expect(account).toContain('Inscription confirmée');
    expect(account).toContain('En liste d’attente, position 1');
    expect(account).toContain(results[0]?.match(/LIE-2027-[A-Z0-9]{5}/)?.[0] ?? 'missing');
    // Zoé's confirmed seat is invoiced: the transfer details and the EPC QR code, drawn as inline SVG.
    const invoice = page.locator('communa-account .invoice[data-status="open"]');
    await invoice.waitFor();
    const invoiceText = (await invoice.textContent()) ?? '';
    expect(invoiceText).toContain('Zoé');
    expect(invoiceText).toContain('Statut : À payer');
    expect(invoiceText).toMatch(/\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+/);
    const qr = invoice.locator('svg.qr[role="img"]');
    expect(await qr.getAttribute('aria-label')).toMatch(/^Code QR de paiement : /);
    expect((await qr.locator('path').getAttribute('d'))?.length ?? 0).toBeGreaterThan(100);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('in Dutch: a deep link opens the stage; both children in one request — one confirmed, one waitlisted 1; then two sessions at once', async () => {
    const index = opened.football;
    const token = await family('gezin.lambert@example.be', [
      { firstName: 'Lotte', birthDate: '2017-01-15' },
      { firstName: 'Vic', birthDate: '2018-06-01' },
    ]);
    const { page, problems } = await open('/liege/nl/stages/?communa-stage=football', token);
    await stages(page, '#stage-heading').waitFor();
    expect(await stages(page, '[data-session="semaine-33"]').textContent()).toContain('nog 1 plaats vrij');
    expect(await axeViolations(page)).toEqual([]);
    await stages(page, '#stage-heading').focus();
    await enrolWithKeyboard(page, index, await stages(page, '[name="session"]').count());
    await stages(page, '#answer-heading').waitFor();
    const results = await stages(page, '[part="result"]').allTextContents();
    expect(results[0]).toMatch(/^Lotte: inschrijving bevestigd\. Referentie LIE-2027-[A-Z0-9]{5}\.$/);
    expect(results[1]).toMatch(/^Vic: op de wachtlijst, plaats 1\. Referentie LIE-2027-[A-Z0-9]{5}\.$/);
    await expect
      .poll(() => stages(page, '[data-session="semaine-33"]').textContent(), { timeout: 2500 })
      .toContain('Volzet — schrijf in op de wachtlijst');
    expect(await axeViolations(page)).toEqual([]);

    // Two sessions at once, one request each: in the one already asked the child is refused in
    // plain words, in the other she is confirmed.
    await stages(page, `[name="session"] >> nth=${index}`).check();
    await stages(page, `[name="session"] >> nth=${opened.football34}`).check();
    await stages(page, '[name="child"] >> nth=0').check();
    await stages(page, '#enrol-submit').click();
    await expect.poll(() => stages(page, '[part="result"]').count()).toBe(2);
    const both = await stages(page, '[part="result"]').allTextContents();
    expect(both[0]).toBe('Lotte: al ingeschreven voor deze sessie.');
    expect(both[1]).toMatch(/^Lotte: inschrijving bevestigd\. Referentie LIE-2027-[A-Z0-9]{5}\.$/);
    expect(await stages(page, '.answer-session').allTextContents()).toEqual([
      expect.stringContaining('16 aug'),
      expect.stringContaining('23 aug'),
    ]);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('shows seats taken elsewhere within 2 s while visible, and asks a parent who is not signed in to sign in', async () => {
    const { page, problems } = await open('/liege/fr/stages/?communa-stage=football', undefined);
    const seats = stages(page, '[data-session="semaine-34"]');
    await expect.poll(() => seats.textContent()).toContain('4 places restantes');
    await sql()`update stage_sessions set seats_taken = 3
      where key = 'semaine-34' and stage_id = (select id from stages where key = 'football' and tenant_id = stage_sessions.tenant_id)`;
    await expect
      .poll(() => seats.textContent(), { timeout: 2500, interval: 100 })
      .toContain('2 places restantes');

    expect(await stages(page, '[part="enrol"]').textContent()).toContain('Connectez-vous à votre compte');
    await stages(page, '[part="sign-in"]').click();
    expect(
      await page
        .locator('communa-account #email')
        .evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement),
    ).toBe(true);
    expect(problems).toEqual([]);
  });

  it('works under the strict Content-Security-Policy, with no violation', async () => {
    const { page, problems } = await open('/strict-csp/liege/stages/', undefined);
    await stages(page, '[part="card"]').first().waitFor();
    expect(await stages(page, '[part="card"]').count()).toBeGreaterThan(5);
    await stages(page, '[part="open-link"]').first().click();
    await stages(page, '#stage-heading').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
