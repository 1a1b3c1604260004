import { readFile } from 'node:fs/promises';
import type { ConsoleMessage, Page } from 'playwright-core';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysFromNow, seedEventRequest } from '../../apps/api/src/events/testing/event-fixtures.ts';
import { axeViolations } from '../support/axe.ts';
import { useBrowserPlatform } from '../support/browser-platform.ts';
import { citizenToken } from '../support/citizen.ts';
import { awaitMail, mailCount } from '../support/dev-mailbox.ts';

/** A small PDF, as a requester attaches a scanned document. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

// A citizen asks Liège for an event permit in <communa-event-request>, under the demo site's strict
// Content-Security-Policy, with the keyboard alone: the kind of event, when and where checked live
// (lead time, a place already asked for), the kind's form, a draft resumed, the review, the receipt,
// then the request followed (and withdrawn) in <communa-account>'s "My requests". Real servers, real
// database, real Chromium.
describe('<communa-event-request> on the demo municipal sites', () => {
  const browserPlatform = useBrowserPlatform();
  let owner: postgres.Sql | undefined;

  beforeAll(async () => {
    owner = postgres(browserPlatform.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    // Another association already holds Place Saint-Lambert on the Dutch request's day.
    await seedEventRequest(owner, {
      tenant: 'liege',
      type: 'concert',
      title: 'Concert sur la place',
      status: 'under-review',
      startsAt: daysFromNow(50, 8),
      endsAt: daysFromNow(50, 22),
      place: 'place-saint-lambert',
    });
  });
  afterAll(async () => {
    await owner?.end();
  });

  const widget = (page: Page, selector: string) => page.locator(`communa-event-request ${selector}`);
  const keyboard = (page: Page) => page.keyboard;
  const focusedId = (page: Page) =>
    page.evaluate(() => document.querySelector('communa-event-request')?.shadowRoot?.activeElement?.id ?? '');
  const step = (page: Page) => new URL(page.url()).searchParams.get('communa-event-request');
  const plain = (text: string | null) => (text ?? '').replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();
  /** The Brussels day `days` from now as a requester types it. */
  const typedDay = (days: number) =>
    new Intl.DateTimeFormat('fr-BE', {
      timeZone: 'Europe/Brussels',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(daysFromNow(days));
  // A household not given yet answers 404, by design: the browser logs it.
  const expectedByDesign = (m: ConsoleMessage) =>
    m.text().includes('status of 404') && m.location().url.endsWith('/me/household');

  /** A strict-CSP page of the demo site, recording errors and CSP violations from its first script on. */
  async function open(path: string, token?: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browserPlatform.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !expectedByDesign(m)) problems.push(`console: ${m.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    if (token)
      await page.addInitScript(
        ([key, value]) => localStorage.setItem(key ?? '', value ?? ''),
        [`communa:session:${browserPlatform.platform.apiUrl}:liege`, token],
      );
    await page.goto(`${browserPlatform.platform.demoUrl}${path}`);
    return { page, problems };
  }

  async function typeAndTab(page: Page, text: string): Promise<void> {
    await keyboard(page).type(text);
    await keyboard(page).press('Tab');
  }

  /** Replaces the text of the input `id` of the widget, by keyboard. */
  async function retype(page: Page, id: string, text: string): Promise<void> {
    await widget(page, `#${id}`).focus();
    await keyboard(page).press('Control+A');
    await keyboard(page).type(text);
  }

  /** The step's main button, by keyboard. */
  async function next(page: Page): Promise<void> {
    await widget(page, '[part="submit"]').focus();
    await keyboard(page).press('Enter');
  }

  async function expectNoViolations(page: Page): Promise<void> {
    expect(await axeViolations(page)).toEqual([]);
  }

  /** The pages of the kind's form (answers, documents, confirmation), by keyboard, up to the review. */
  async function fillForm(page: Page, programme: string): Promise<void> {
    await expect.poll(() => step(page)).toBe('form-1');
    await widget(page, '#f-programme').focus();
    await typeAndTab(page, programme);
    await typeAndTab(page, '0470 12 34 56');
    await keyboard(page).press('Space'); // amplified sound: yes
    await keyboard(page).press('Tab');
    await keyboard(page).press('ArrowDown'); // food and drink: no
    await keyboard(page).press('Tab');
    await keyboard(page).press('ArrowDown'); // road closure: no
    await next(page);
    // The documents of a neighbourhood party, and only those: each required, then uploaded.
    await expect.poll(() => step(page)).toBe('form-2');
    expect(await widget(page, 'input[type="file"]').count()).toBe(2);
    await next(page);
    await widget(page, '#error-summary').waitFor();
    expect(await widget(page, '#f-site-plan').getAttribute('aria-invalid')).toBe('true');
    expect(await widget(page, '#f-neighbours-letter').getAttribute('aria-invalid')).toBe('true');
    await expectNoViolations(page);
    for (const [field, name] of [
      ['site-plan', 'plan.pdf'],
      ['neighbours-letter', 'lettre-riverains.pdf'],
    ] as const) {
      await widget(page, `#f-${field}`).setInputFiles({ name, mimeType: 'application/pdf', buffer: PDF });
    }
    await expect.poll(() => widget(page, '[part="file-status"]').count()).toBe(2);
    await expectNoViolations(page);
    await next(page);
    await expect.poll(() => step(page)).toBe('form-3');
    await widget(page, '#f-rules').focus();
    await keyboard(page).press('Space');
    await next(page);
    await expect.poll(() => step(page)).toBe('review');
  }

  it('in French: signs in inside the element, fixes a lead time from the summary, resumes the draft, sends, follows it in My requests', async () => {
    const { page, problems } = await open('/strict-csp/liege/event-request/');
    await expect
      .poll(() => widget(page, '#step-heading').textContent())
      .toContain('Connectez-vous pour demander un événement');
    await expectNoViolations(page);

    const email = 'evenement.fr@example.be';
    const seen = await mailCount(browserPlatform.platform.apiUrl, email);
    await widget(page, 'communa-account #email').focus();
    await keyboard(page).type(email);
    await keyboard(page).press('Enter');
    await widget(page, 'communa-account #code').waitFor();
    const [code] = await awaitMail(browserPlatform.platform.apiUrl, email, /\b\d{6}\b/, seen);
    await widget(page, 'communa-account #code').focus();
    await keyboard(page).type(code);
    await keyboard(page).press('Enter');

    // Step 1: the kinds of event, each with its lead time and documents; none chosen is said.
    await expect.poll(() => widget(page, '#step-heading').textContent()).toContain('Type d’événement');
    const party = plain(await widget(page, '#f-type-hint').textContent());
    expect(party).toContain('À demander au moins 30 jours avant le premier jour.');
    expect(party).toContain("Documents à joindre : Plan d'implantation et Lettre aux riverains.");
    await expectNoViolations(page);
    await next(page);
    await widget(page, '#error-summary').waitFor();
    expect(await widget(page, '#error-summary').textContent()).toContain('Choisissez le type d’événement.');
    await keyboard(page).press('Tab');
    await keyboard(page).press('Enter');
    expect(await focusedId(page)).toBe('f-type');
    await keyboard(page).press('Space'); // Fête de quartier
    await next(page);

    // Step 2: too soon for a neighbourhood party, said at once and again on Next.
    await expect.poll(() => step(page)).toBe('details');
    expect(await focusedId(page)).toBe('step-heading');
    await widget(page, '#f-title').focus();
    await typeAndTab(page, 'Fête de la rue Haute');
    await typeAndTab(page, typedDay(10));
    await typeAndTab(page, '14:00');
    await typeAndTab(page, typedDay(10));
    await typeAndTab(page, '23:00');
    await keyboard(page).press('Tab'); // the place's select, "a place of the commune" being chosen
    expect(await focusedId(page)).toBe('f-place');
    await keyboard(page).press('ArrowDown');
    await keyboard(page).press('ArrowDown'); // Place du Marché
    await widget(page, '#f-equipment-tables').focus();
    await keyboard(page).type('10');
    await expect
      .poll(() => widget(page, '[part="availability"]').textContent())
      .toContain('Trop tôt pour ce type d’événement');
    expect(await widget(page, '#f-startDay').getAttribute('aria-invalid')).toBe('true');
    await expectNoViolations(page);
    await keyboard(page).press('Enter');
    await widget(page, '#error-summary').waitFor();
    expect(await focusedId(page)).toBe('error-summary');
    expect(plain(await widget(page, '#error-summary').textContent())).toContain(
      'Début – Jour : Trop tôt pour ce type d’événement',
    );
    await expectNoViolations(page);
    // The summary's link brings the keyboard to the day; a later one clears the error.
    await keyboard(page).press('Tab');
    await keyboard(page).press('Enter');
    expect(await focusedId(page)).toBe('f-startDay');
    await retype(page, 'f-startDay', typedDay(40));
    await retype(page, 'f-endDay', typedDay(40));
    await expect
      .poll(() => widget(page, '[part="availability"]').textContent())
      .toContain('Disponible : le délai est respecté');
    expect(await widget(page, '#error-summary').count()).toBe(0);
    await keyboard(page).press('Enter');

    // Step 3: the kind's form. The draft was saved: the requester leaves and comes back.
    await expect.poll(() => step(page)).toBe('form-1');
    expect(await widget(page, '#step-heading').textContent()).toContain("L'événement");
    await expectNoViolations(page);
    await page.goto(`${browserPlatform.platform.demoUrl}/strict-csp/liege/event-request/`);
    const resume = widget(page, '[part~="resume"]');
    await resume.waitFor();
    expect(plain(await resume.textContent())).toBe('Continuer « Fête de la rue Haute »');
    expect(plain(await widget(page, '[part="drafts"]').textContent())).toContain('Brouillon, pas envoyé');
    await expectNoViolations(page);
    await resume.focus();
    await keyboard(page).press('Enter');
    await fillForm(page, 'Barbecue, jeux pour enfants et concert de quartier.');

    // The review: the kind, when and where, the equipment and the form's answers; Change and Back.
    const review = plain(await widget(page, 'form').textContent());
    expect(review).toContain('Fête de quartier');
    expect(review).toContain('Fête de la rue Haute');
    expect(review).toContain('Place du Marché');
    expect(review).toContain('10 × Tables pliantes');
    expect(review).toContain('Barbecue, jeux pour enfants');
    expect(review).toContain('lettre-riverains.pdf');
    await expectNoViolations(page);
    await widget(page, '[part="change"]').nth(1).focus();
    await keyboard(page).press('Enter');
    await expect.poll(() => step(page)).toBe('details');
    expect(await widget(page, '#f-title').inputValue()).toBe('Fête de la rue Haute');
    await page.goBack();
    await expect.poll(() => step(page)).toBe('review');
    await expect.poll(() => widget(page, '#step-heading').textContent()).toContain('Vérifiez votre demande');

    // Sent: the receipt gives the reference.
    await widget(page, '[part="submit"]').focus();
    await keyboard(page).press('Enter');
    await widget(page, '[part="reference"]').waitFor();
    const reference = plain(await widget(page, '[part="reference"]').textContent());
    expect(reference).toMatch(/^LIE-/);
    expect(await focusedId(page)).toBe('receipt-heading');
    expect(plain(await widget(page, '[part="receipt"]').textContent())).toContain('Mes demandes');
    await expectNoViolations(page);

    // "My requests" lists it with its status; followed, its steps show.
    await page.goto(
      `${browserPlatform.platform.demoUrl}/strict-csp/liege/event-request/?communa-account=requests`,
    );
    const item = page.locator(`aside communa-account [data-reference="${reference}"]`);
    await item.waitFor();
    expect(plain(await item.textContent())).toContain('Envoyée, en attente d’examen');
    await item.locator('.follow').focus();
    await keyboard(page).press('Enter');
    const detail = page.locator('aside communa-account #event-request-detail');
    await detail.waitFor();
    const steps = plain(await detail.textContent());
    expect(steps).toContain('Brouillon, pas envoyé');
    expect(steps).toContain('Envoyée, en attente d’examen (par vous)');
    expect(steps).toContain('Rien à faire pour l’instant');
    await expectNoViolations(page);
    expect(problems).toEqual([]);
  });

  it('in Dutch: the place already asked for is said at once, an address instead, sent, then withdrawn from My requests', async () => {
    const token = await citizenToken(browserPlatform.platform.apiUrl, 'liege', 'evenement.nl@example.be');
    const { page, problems } = await open('/strict-csp/liege/nl/event-request/', token);
    await expect.poll(() => widget(page, '#step-heading').textContent()).toContain('Soort evenement');
    expect(plain(await widget(page, '[part="progress"]').textContent())).toBe('Stap 1 van 3');
    await expectNoViolations(page);
    await widget(page, '#f-type').focus();
    await keyboard(page).press('Space'); // Buurtfeest
    await next(page);

    await expect.poll(() => step(page)).toBe('details');
    expect(plain(await widget(page, '[part="progress"]').textContent())).toBe('Stap 2 van 6');
    await widget(page, '#f-title').focus();
    await typeAndTab(page, 'Buurtfeest Hoogstraat');
    await typeAndTab(page, typedDay(50));
    await typeAndTab(page, '14:00');
    await typeAndTab(page, typedDay(50));
    await typeAndTab(page, '23:00');
    await keyboard(page).press('Tab');
    await keyboard(page).press('ArrowDown'); // Place Saint-Lambert, already asked for
    await expect
      .poll(() => widget(page, '#f-place-error').textContent())
      .toContain('Deze plaats is al aangevraagd van');
    await expectNoViolations(page);

    // Nothing else missing, Next lists the clash; an address of their own instead.
    await next(page);
    await widget(page, '#error-summary').waitFor();
    expect(plain(await widget(page, '#error-summary').textContent())).toContain('Er is een probleem');
    await widget(page, '#f-where-address').focus();
    await keyboard(page).press('Space');
    await widget(page, '#f-street').focus();
    await typeAndTab(page, 'Hoogstraat');
    await typeAndTab(page, '12');
    await keyboard(page).press('Tab'); // no box
    await typeAndTab(page, '4000');
    await keyboard(page).type('Luik');
    await expect
      .poll(() => widget(page, '[part="availability"]').textContent())
      .toContain('Beschikbaar: de termijn is gerespecteerd');
    await keyboard(page).press('Enter');
    await fillForm(page, 'Barbecue en kinderspelen.');

    const review = plain(await widget(page, 'form').textContent());
    expect(review).toContain('Hoogstraat 12, 4000 Luik');
    expect(review).toContain('Buurtfeest Hoogstraat');
    await expectNoViolations(page);
    await widget(page, '[part="submit"]').focus();
    await keyboard(page).press('Enter');
    await widget(page, '[part="reference"]').waitFor();
    const reference = plain(await widget(page, '[part="reference"]').textContent());
    expect(plain(await widget(page, '[part="receipt"]').textContent())).toContain(
      'Verstuurd, wacht op behandeling door de gemeente',
    );
    await expectNoViolations(page);

    // Followed in My requests, then withdrawn after a confirmation.
    await page.goto(
      `${browserPlatform.platform.demoUrl}/strict-csp/liege/nl/event-request/?communa-account=requests`,
    );
    const item = page.locator(`aside communa-account [data-reference="${reference}"]`);
    await item.waitFor();
    await item.locator('.follow').focus();
    await keyboard(page).press('Enter');
    const account = (selector: string) => page.locator(`aside communa-account ${selector}`);
    await account('#withdraw-open').waitFor();
    await account('#withdraw-open').focus();
    await keyboard(page).press('Enter');
    await account('#withdraw-confirm').waitFor();
    expect(plain(await account('#withdraw-confirm').textContent())).toContain(
      '“Buurtfeest Hoogstraat” intrekken?',
    );
    await expectNoViolations(page);
    await keyboard(page).press('Tab');
    await keyboard(page).press('Enter');
    await expect.poll(async () => plain(await item.textContent())).toContain('Status: Ingetrokken');
    expect(await account('#withdraw-open').count()).toBe(0);
    await expectNoViolations(page);
    expect(problems).toEqual([]);
  });

  it('in French: a decided request shows the decision, its conditions and motivation, and downloads its letter, in My requests', async () => {
    const email = 'decision.fr@example.be';
    const token = await citizenToken(browserPlatform.platform.apiUrl, 'liege', email);
    const sql = owner;
    if (!sql) throw new Error('no database connection');
    const requestId = await seedEventRequest(sql, {
      tenant: 'liege',
      type: 'market',
      title: 'Brocante du quartier Sainte-Marguerite',
      status: 'approved-with-conditions',
      startsAt: daysFromNow(70, 7),
      endsAt: daysFromNow(70, 16),
      address: { street: 'Rue Sainte-Marguerite', number: '1', postalCode: '4000', city: 'Liège' },
    });
    await sql`update event_requests set requester_id = (select id from users where email = ${email})
      where id = ${requestId}`;
    await sql`insert into event_request_decisions
        (tenant_id, request_id, outcome, conditions, motivation, letter_language, letter)
      select tenant_id, id, 'approved-with-conditions', ${'Libérer la chaussée pour 17 h.\nPrévoir des conteneurs.'},
        ${'Avis favorables de la police et du service Environnement.'}, 'fr', ${Buffer.from('%PDF-1.4\n%%EOF\n')}
      from event_requests where id = ${requestId}`;
    const { page, problems } = await open('/strict-csp/liege/event-request/?communa-account=requests', token);
    const item = page.locator('aside communa-account [data-reference]').filter({
      hasText: 'Brocante du quartier Sainte-Marguerite',
    });
    await item.waitFor();
    expect(plain(await item.textContent())).toContain('Statut : Autorisée sous conditions');
    await item.locator('.follow').focus();
    await keyboard(page).press('Enter');
    const detail = page.locator('aside communa-account #event-request-detail');
    await detail.waitFor();
    const text = plain(await detail.textContent());
    expect(text).toContain('La commune a décidé : lisez sa décision ci-dessous.');
    expect(text).toContain('Autorisée sous conditions');
    expect(text).toContain('Libérer la chaussée pour 17 h.');
    expect(text).toContain('Avis favorables de la police');
    // Decided: it can no longer be withdrawn.
    expect(await page.locator('aside communa-account #withdraw-open').count()).toBe(0);
    await expectNoViolations(page);
    // The letter, as the commune issued it, by keyboard.
    const download = page.waitForEvent('download');
    await page.locator('aside communa-account #decision-letter').focus();
    await keyboard(page).press('Enter');
    const letter = await download;
    expect(letter.suggestedFilename()).toMatch(/^decision-EVT-TEST-\d+\.pdf$/);
    expect((await readFile(await letter.path())).subarray(0, 4).toString('latin1')).toBe('%PDF');
    await expect
      .poll(() => page.locator('aside communa-account [role="status"]').last().textContent())
      .toContain('La lettre de décision de « Brocante du quartier Sainte-Marguerite » est téléchargée.');
    expect(problems).toEqual([]);
  });
});
