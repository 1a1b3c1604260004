import type { Page } from 'playwright-core';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatheringAnswers } from '../../apps/api/src/event-requests/testing/event-request-fixtures.ts';
import { daysFromNow, seedEventRequest } from '../../apps/api/src/events/testing/event-fixtures.ts';
import { axeViolations } from '../support/axe.ts';
import { useBrowserPlatform } from '../support/browser-platform.ts';

const PASSWORD = 'communa-demo-password';
const REVIEWER = 'event-reviewer@liege.communa.test';

const brusselsDay = (instant: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(instant);

/** Per language: its texts, and two requests for one place on the same afternoon (one approved). */
const CASES = [
  {
    lang: 'fr',
    days: 20,
    place: 'place-du-marche',
    placeName: 'Place du Marché',
    texts: {
      title: 'Demandes d’événements',
      page: (reference: string) => `Demande d’événement ${reference}`,
      underReview: 'La demande est maintenant « En examen ».',
      incomplete: 'La demande est maintenant « Incomplète ».',
      missingRequired: 'Indiquez ce qui manque.',
      clash: 'Conflit',
      missing: 'Ajoutez le plan de sécurité et l’attestation d’assurance.',
    },
  },
  {
    lang: 'nl',
    days: 22,
    place: 'parc-d-avroy',
    placeName: 'Parc d’Avroy',
    texts: {
      title: 'Evenementaanvragen',
      page: (reference: string) => `Evenementaanvraag ${reference}`,
      underReview: 'De aanvraag is nu ‘In behandeling’.',
      incomplete: 'De aanvraag is nu ‘Onvolledig’.',
      missingRequired: 'Geef aan wat ontbreekt.',
      clash: 'Conflict',
      missing: 'Voeg het veiligheidsplan en het verzekeringsattest toe.',
    },
  },
] as const;

// A Liège event reviewer in the back-office, in headless Chromium against the real API, with the
// keyboard: the requests with their counts, one found and opened with its labelled answers, taken
// under review and sent back with what is missing, then the calendar showing the clash of two
// requests on one place, as a grid and as a list, with axe on each screen; in French and Dutch.
describe('event requests in the back-office', () => {
  const browserPlatform = useBrowserPlatform();
  let owner: postgres.Sql;
  const seeded = new Map<string, { id: string; reference: string; other: string; day: string }>();

  beforeAll(async () => {
    owner = postgres(browserPlatform.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    for (const { lang, days, place } of CASES) {
      const startsAt = daysFromNow(days, 12);
      const id = await seedEventRequest(owner, {
        tenant: 'liege',
        type: 'neighbourhood-party',
        title: `Fête de quartier ${lang}`,
        status: 'submitted',
        place,
        startsAt,
        endsAt: daysFromNow(days, 18),
        equipment: { tables: 10 },
      });
      const other = await seedEventRequest(owner, {
        tenant: 'liege',
        type: 'neighbourhood-party',
        title: `Brocante ${lang}`,
        status: 'approved',
        place,
        startsAt: daysFromNow(days, 15),
        endsAt: daysFromNow(days, 20),
      });
      const [row] = await owner<{ reference: string }[]>`
        update event_requests set answers = ${owner.json(gatheringAnswers())}, form_version = 1,
          submitted_at = now()
        where id = ${id} returning reference`;
      seeded.set(lang, { id, reference: row?.reference ?? '', other, day: brusselsDay(startsAt) });
    }
  });
  afterAll(async () => {
    await owner.end();
  });

  const heading = (page: Page) => page.locator('main h1');
  const status = (page: Page) => page.locator('communa-admin [role="status"]');
  const expectAccessible = async (page: Page) => expect(await axeViolations(page)).toEqual([]);
  const storedStatus = async (id: string) =>
    (await owner<{ status: string }[]>`select status from event_requests where id = ${id}`)[0]?.status;

  it.each(CASES)(
    'reviews a request and sees a clash in the calendar, in $lang',
    async ({ lang, placeName, texts }) => {
      const request = seeded.get(lang);
      if (!request) throw new Error('not seeded');
      const page = await browserPlatform.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.text().includes('status of 401 '))
          problems.push(message.text());
      });
      await page.goto(`${browserPlatform.platform.apiUrl}/admin/liege/event-requests`);
      await expect.poll(() => heading(page).textContent()).toBe('Sign in');
      await page.locator('admin-sign-in #email').fill(REVIEWER);
      await page.locator('admin-sign-in #password').fill(PASSWORD);
      await page.locator('admin-sign-in button[type="submit"]').click();
      await page.locator(`#language-${lang}`).click();
      await expect.poll(() => heading(page).textContent()).toBe(texts.title);
      const list = page.locator('admin-event-requests');
      await expect.poll(() => list.locator('#requests tbody tr').count()).toBeGreaterThanOrEqual(2);
      await expectAccessible(page);

      // Found by its reference, typed and sent with the keyboard.
      await list.locator('#q').focus();
      await page.keyboard.type(request.reference);
      await page.keyboard.press('Enter');
      await expect.poll(() => list.locator('#requests tbody tr').count()).toBe(1);
      await list.locator(`#open-${request.id}`).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => heading(page).textContent()).toBe(texts.page(request.reference));
      const detail = page.locator('admin-event-request');
      await expect
        .poll(() => detail.locator('dd[data-field="programme"]').textContent())
        .toContain('Barbecue');
      expect(await detail.locator('dd[data-field="place"]').textContent()).toContain(placeName);
      await expectAccessible(page);

      await detail.locator('#review-comment').focus();
      await page.keyboard.type('Dossier complet à première vue.');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => status(page).textContent()).toBe(texts.underReview);
      expect(await storedStatus(request.id)).toBe('under-review');

      // Sent back without saying what is missing: the error is summarised and at the field.
      await detail.locator('#send-back').focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => detail.locator('.error-summary').textContent())
        .toContain(texts.missingRequired);
      expect(await detail.locator('#missing').getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page);
      await detail.locator('#missing').focus();
      await page.keyboard.type(texts.missing);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => status(page).textContent()).toBe(texts.incomplete);
      expect(await storedStatus(request.id)).toBe('incomplete');
      await expect.poll(() => detail.locator('#history').textContent()).toContain(texts.missing);
      await expectAccessible(page);

      await detail.locator('#back').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => heading(page).textContent()).toBe(texts.title);
      await expect
        .poll(() => list.evaluate((host) => host.shadowRoot?.activeElement?.id))
        .toBe(`open-${request.id}`);

      // The calendar, moved on to the month of the requests with the keyboard.
      await list.locator('#tab-calendar').focus();
      await page.keyboard.press('Enter');
      const calendar = list.locator('admin-event-calendar');
      const months =
        (Number(request.day.slice(0, 4)) - Number(brusselsDay(new Date()).slice(0, 4))) * 12 +
        Number(request.day.slice(5, 7)) -
        Number(brusselsDay(new Date()).slice(5, 7));
      for (let step = 0; step < months; step += 1) {
        await calendar.locator('#next-period').focus();
        await page.keyboard.press('Enter');
      }
      const cell = calendar.locator(`td[data-day="${request.day}"]`);
      await expect.poll(() => cell.locator(`a[data-request="${request.id}"]`).count()).toBe(1);
      expect(await cell.locator('[data-flag="clash"]').first().textContent()).toBe(texts.clash);
      await expect
        .poll(() => calendar.locator(`li[data-flagged="${request.other}"]`).textContent())
        .toContain(placeName);
      await expectAccessible(page);

      await calendar.locator('#calendar-view').selectOption('list');
      await expect.poll(() => calendar.locator(`#day-list li[data-day="${request.day}"]`).count()).toBe(1);
      await expectAccessible(page);
      await calendar.locator(`#day-list a[data-request="${request.other}"]`).focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.locator('admin-event-request #event-details').textContent())
        .toContain('Brocante');
      await page.locator('admin-event-request #back').focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => calendar.evaluate((host) => host.shadowRoot?.activeElement?.getAttribute('data-request')))
        .toBe(request.other);
      expect(problems).toEqual([]);
    },
  );
});
