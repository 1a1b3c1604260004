import type { Page } from 'playwright-core';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysFromNow, seedEventRequest } from '../../apps/api/src/events/testing/event-fixtures.ts';
import { axeViolations } from '../support/axe.ts';
import { useBrowserPlatform } from '../support/browser-platform.ts';

// Liège's open calendar on its demo site: approved public events listed by day in Brussels time,
// filtered by kind and days with the keyboard alone, the count announced, the ICS feed for the same
// choice. Events not approved or not public never show. Real servers, real database, real Chromium.
describe('<communa-events-calendar> on the demo municipal sites', () => {
  const browserPlatform = useBrowserPlatform();
  let owner: postgres.Sql | undefined;

  const party = { starts: daysFromNow(10, 12), ends: daysFromNow(10, 20) };
  const concert = { starts: daysFromNow(20, 18), ends: daysFromNow(20, 21) };

  beforeAll(async () => {
    // The fixtures' plain client: it writes the instants as the API reads them.
    owner = postgres(browserPlatform.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    const sql = owner;
    await seedEventRequest(sql, {
      tenant: 'liege',
      type: 'neighbourhood-party',
      title: 'Fête de la rue Saint-Gilles',
      status: 'approved',
      public: true,
      startsAt: party.starts,
      endsAt: party.ends,
      address: { street: 'Rue Saint-Gilles', number: '40', postalCode: '4000', city: 'Liège' },
    });
    await seedEventRequest(sql, {
      tenant: 'liege',
      type: 'concert',
      title: 'Concert à la Boverie',
      status: 'approved-with-conditions',
      public: true,
      startsAt: concert.starts,
      endsAt: concert.ends,
      place: 'parc-de-la-boverie',
    });
    await seedEventRequest(sql, {
      tenant: 'liege',
      type: 'concert',
      title: 'Concert privé',
      status: 'approved',
      public: false,
      startsAt: daysFromNow(20, 18),
      endsAt: daysFromNow(20, 21),
      place: 'place-du-marche',
    });
    await seedEventRequest(sql, {
      tenant: 'liege',
      type: 'concert',
      title: 'Concert pas encore autorisé',
      status: 'under-review',
      public: true,
      startsAt: daysFromNow(25, 18),
      endsAt: daysFromNow(25, 21),
      place: 'place-saint-lambert',
    });
  });
  afterAll(async () => {
    await owner?.end();
  });

  const calendar = (page: Page, selector: string) => page.locator(`communa-events-calendar ${selector}`);
  const focusedId = (page: Page) =>
    page.evaluate(
      () => document.querySelector('communa-events-calendar')?.shadowRoot?.activeElement?.id ?? '',
    );
  const titles = async (page: Page) =>
    (await calendar(page, '[part="event-title"]').allTextContents()).map((t) => t.trim());
  const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f\u2009]/g, ' ').trim();
  /** `dd/mm/yyyy` of an instant's Brussels day, as a visitor types it. */
  const typed = (date: Date) =>
    new Intl.DateTimeFormat('fr-BE', {
      timeZone: 'Europe/Brussels',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(date);
  const brusselsTime = (date: Date) =>
    new Intl.DateTimeFormat('fr-BE', {
      timeZone: 'Europe/Brussels',
      hour: '2-digit',
      minute: '2-digit',
    }).format(date);

  /** A page of the demo site, recording errors and CSP violations from its first script on. */
  async function open(path: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browserPlatform.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await page.goto(`${browserPlatform.platform.demoUrl}${path}`);
    await calendar(page, '[part="count"]').waitFor();
    return { page, problems };
  }

  /** Tabs from the top of the page until the focus is on the field `id` of the calendar. */
  async function tabTo(page: Page, id: string): Promise<void> {
    for (let i = 0; i < 40 && (await focusedId(page)) !== id; i++) await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe(id);
  }

  it('in French: the upcoming public events by day, then the concerts of chosen days, keyboard only', async () => {
    const { page, problems } = await open('/liege/fr/events/');
    expect(plain(await calendar(page, '[part="heading"]').textContent())).toContain('Agenda des événements');
    expect(await titles(page)).toEqual(['Fête de la rue Saint-Gilles', 'Concert à la Boverie']);
    expect(plain(await calendar(page, '[part="count"]').textContent())).toMatch(/^2 événements/);
    // Listed under their Brussels day, with Brussels hours, kind and place.
    const days = calendar(page, '[part="day"]');
    expect(await days.count()).toBe(2);
    const firstDay = plain(await days.first().locator('[part="day-heading"]').textContent());
    expect(firstDay).toMatch(/^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2} \S+ \d{4}$/);
    const partyItem = calendar(page, '[part="event"]').first();
    expect(plain(await partyItem.locator('[part="event-type"]').textContent())).toBe('Fête de quartier');
    const when = plain(await partyItem.locator('[part="event-when"]').textContent());
    expect(when).toContain(brusselsTime(party.starts));
    expect(when).toContain(brusselsTime(party.ends));
    expect(plain(await partyItem.locator('[part="event-place"]').textContent())).toBe(
      'Lieu: Rue Saint-Gilles 40, 4000 Liège',
    );
    expect(plain(await calendar(page, '[part="event-place"]').nth(1).textContent())).toContain(
      'Parc de la Boverie',
    );
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard only: to the kind, type-ahead "Concert", the days typed, Enter.
    await tabTo(page, 'filter-type');
    await page.keyboard.type('Concert');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('filter-from');
    await page.keyboard.type(typed(daysFromNow(1)));
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('filter-to');
    await page.keyboard.type(typed(daysFromNow(30)));
    await page.keyboard.press('Enter');
    await expect.poll(() => titles(page)).toEqual(['Concert à la Boverie']);
    await expect
      .poll(async () => plain(await calendar(page, '[role="status"]').textContent()))
      .toBe('1 événement');
    const feed = await calendar(page, '[part="feed-link"]').getAttribute('href');
    expect(feed).toContain('/v1/tenants/liege/events.ics?type=concert&from=');
    expect(feed).toContain('&lang=fr');
    // The feed holds the same events.
    const ics = await (await fetch(feed ?? '')).text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('Concert à la Boverie');
    expect(ics).not.toContain('Fête de la rue Saint-Gilles');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('in French: a day that does not exist is said at its field, and nothing is read', async () => {
    const { page, problems } = await open('/liege/fr/events/');
    await tabTo(page, 'filter-from');
    await page.keyboard.type('31/02/2027');
    await page.keyboard.press('Enter');
    await calendar(page, '[part="field-error"]').waitFor();
    expect(plain(await calendar(page, '[part="field-error"]').textContent())).toContain('jour/mois/année');
    expect(await calendar(page, '#filter-from').getAttribute('aria-invalid')).toBe('true');
    expect(await focusedId(page)).toBe('filter-from');
    expect(await titles(page)).toHaveLength(2);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('in Dutch: the same events with Dutch texts, and the empty state for a kind with none', async () => {
    const { page, problems } = await open('/liege/nl/events/');
    expect(plain(await calendar(page, '[part="heading"]').textContent())).toContain('Evenementenkalender');
    expect(await titles(page)).toEqual(['Fête de la rue Saint-Gilles', 'Concert à la Boverie']);
    expect(plain(await calendar(page, '[part="event-type"]').first().textContent())).toBe('Buurtfeest');
    expect(plain(await calendar(page, '[part="event-type"]').nth(1).textContent())).toBe(
      'Concert of voorstelling',
    );
    expect(plain(await calendar(page, '[part="day-heading"]').first().textContent())).toMatch(
      /^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \d{1,2} \S+ \d{4}$/,
    );
    expect(plain(await calendar(page, '[part="event-place"]').first().textContent())).toBe(
      'Plaats: Rue Saint-Gilles 40, 4000 Liège',
    );
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard only: "Markt" has no published event.
    await tabTo(page, 'filter-type');
    await page.keyboard.type('Markt');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await calendar(page, '[part="empty"]').waitFor();
    expect(plain(await calendar(page, '[part="empty"]').textContent())).toBe(
      'Voor deze dagen is geen komend evenement gepubliceerd.',
    );
    await expect
      .poll(async () => plain(await calendar(page, '[role="status"]').textContent()))
      .toBe('Geen evenement');
    expect(await calendar(page, '[part="feed-link"]').getAttribute('href')).toContain('type=market');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('works under a strict Content-Security-Policy with no violation', async () => {
    const { page, problems } = await open('/strict-csp/liege/nl/events/');
    expect(await titles(page)).toHaveLength(2);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
