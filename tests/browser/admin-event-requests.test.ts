import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  gatheringAnswers,
  shootAnswers,
} from '../../apps/api/src/event-requests/testing/event-request-fixtures.ts';
import { daysFromNow, seedEventRequest } from '../../apps/api/src/events/testing/event-fixtures.ts';
import { axeViolations } from '../support/axe.ts';
import { useBrowserPlatform } from '../support/browser-platform.ts';

const PASSWORD = 'communa-demo-password';
const REVIEWER = 'event-reviewer@liege.communa.test';
/** The demo staff seeding makes them the voice of Liège's first service, its police zone. */
const ADVISOR = 'service-advisor@liege.communa.test';
const DECIDER = 'event-decider@liege.communa.test';

const PLAN = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

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
      sitePlan: "Plan d'implantation",
      underReview: 'La demande est maintenant « En examen ».',
      incomplete: 'La demande est maintenant « Incomplète ».',
      missingRequired: 'Indiquez ce qui manque.',
      clash: 'Conflit',
      missing: 'Ajoutez le plan de sécurité et l’attestation d’assurance.',
      asked: 'Les avis sont demandés.',
      pending: 'en attente',
      given: 'L’avis est enregistré.',
      conditions: 'Barrières Nadar aux deux extrémités de la rue.',
      fileAdded: 'plan.pdf est joint à l’avis.',
      decided: 'La demande est maintenant « Autorisée sous conditions » ; la lettre est envoyée.',
      closed: 'La demande est maintenant « Clôturée ».',
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
      sitePlan: 'Inplantingsplan',
      underReview: 'De aanvraag is nu ‘In behandeling’.',
      incomplete: 'De aanvraag is nu ‘Onvolledig’.',
      missingRequired: 'Geef aan wat ontbreekt.',
      clash: 'Conflict',
      missing: 'Voeg het veiligheidsplan en het verzekeringsattest toe.',
      asked: 'De adviezen zijn gevraagd.',
      pending: 'in afwachting',
      given: 'Het advies is opgeslagen.',
      conditions: 'Nadarhekken aan beide uiteinden van de straat.',
      fileAdded: 'plan.pdf is bij het advies gevoegd.',
      decided: 'De aanvraag is nu ‘Toegestaan onder voorwaarden’; de brief is verstuurd.',
      closed: 'De aanvraag is nu ‘Afgesloten’.',
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
  const seeded = new Map<
    string,
    {
      id: string;
      reference: string;
      other: string;
      day: string;
      asked: string;
      askedReference: string;
      shoot: string;
      upload: string;
    }
  >();

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
      const asked = await seedEventRequest(owner, {
        tenant: 'liege',
        type: 'neighbourhood-party',
        title: `Marché de Noël ${lang}`,
        status: 'submitted',
        place: 'place-cockerill',
        startsAt: daysFromNow(days + 10, 10),
        endsAt: daysFromNow(days + 10, 16),
      });
      // A film shoot whose site plan was attached, as a submission links the upload to it.
      const shoot = await seedEventRequest(owner, {
        tenant: 'liege',
        type: 'film-shoot',
        title: `Tournage ${lang}`,
        status: 'submitted',
        place: 'place-saint-lambert',
        startsAt: daysFromNow(days + 5, 8),
        endsAt: daysFromNow(days + 5, 18),
      });
      const [upload] = await owner<{ id: string }[]>`
        insert into form_uploads
          (tenant_id, form_key, field_key, name, type, size, sha256, content, event_request_id)
        select tenant_id, 'event-film-shoot', 'site-plan', 'plan-tournage.pdf', 'application/pdf',
          ${PLAN.length}, ${createHash('sha256').update(PLAN).digest('hex')}, ${PLAN}, id
        from event_requests where id = ${shoot}
        returning id`;
      if (!upload) throw new Error('no upload');
      const sitePlan = {
        id: upload.id,
        name: 'plan-tournage.pdf',
        type: 'application/pdf',
        size: PLAN.length,
      };
      await owner`
        update event_requests set answers = ${owner.json(shootAnswers({ sitePlan }))}, form_version = 1,
          submitted_at = now()
        where id = ${shoot}`;
      const rows = await owner<{ id: string; reference: string }[]>`
        update event_requests set answers = ${owner.json(gatheringAnswers())}, form_version = 1,
          submitted_at = now()
        where id in (${id}, ${asked}) returning id, reference`;
      const referenceOf = (requestId: string) => rows.find((row) => row.id === requestId)?.reference ?? '';
      seeded.set(lang, {
        id,
        reference: referenceOf(id),
        other,
        day: brusselsDay(startsAt),
        asked,
        askedReference: referenceOf(asked),
        shoot,
        upload: upload.id,
      });
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

  async function signIn(page: Page, email: string, lang: string): Promise<void> {
    await expect.poll(() => heading(page).textContent()).toBe('Sign in');
    await page.locator('admin-sign-in #email').fill(email);
    await page.locator('admin-sign-in #password').fill(PASSWORD);
    await page.locator('admin-sign-in button[type="submit"]').click();
    await page.locator(`#language-${lang}`).click();
  }

  it.each(CASES)(
    'asks the police for an opinion, its advisor gives it, the decider decides and closes, in $lang',
    async ({ lang, texts }) => {
      const request = seeded.get(lang);
      if (!request) throw new Error('not seeded');
      const reviewer = await browserPlatform.newPage();
      await reviewer.goto(`${browserPlatform.platform.apiUrl}/admin/liege/event-requests`);
      await signIn(reviewer, REVIEWER, lang);
      await expect.poll(() => heading(reviewer).textContent()).toBe(texts.title);
      const list = reviewer.locator('admin-event-requests');
      await list.locator(`#open-${request.asked}`).focus();
      await reviewer.keyboard.press('Enter');
      await expect.poll(() => heading(reviewer).textContent()).toBe(texts.page(request.askedReference));
      const detail = reviewer.locator('admin-event-request');
      await detail.locator('#take-review').focus();
      await reviewer.keyboard.press('Enter');
      await expect.poll(() => status(reviewer).textContent()).toBe(texts.underReview);

      const opinions = detail.locator('admin-event-opinions');
      await opinions.locator('#ask-police').focus();
      await reviewer.keyboard.press('Space');
      await opinions.locator('#due-on').fill(brusselsDay(new Date(Date.now() + 7 * 86_400_000)));
      await opinions.locator('#question').fill('Circulation rue Souverain-Pont.');
      await opinions.locator('#ask-opinions').focus();
      await reviewer.keyboard.press('Enter');
      await expect.poll(() => status(reviewer).textContent()).toBe(texts.asked);
      expect(await opinions.locator('#opinions li[data-service="police"] h3').textContent()).toContain(
        texts.pending,
      );
      await expectAccessible(reviewer);

      // The police zone's advisor reads the request and gives the opinion, with a file.
      const advisor = await browserPlatform.newPage();
      await advisor.goto(`${browserPlatform.platform.apiUrl}/admin/liege/event-requests`);
      await signIn(advisor, ADVISOR, lang);
      await expect.poll(() => heading(advisor).textContent()).toBe(texts.title);
      const advisorList = advisor.locator('admin-event-requests');
      await expect.poll(() => advisorList.locator(`#open-${request.asked}`).count()).toBe(1);
      expect(await advisorList.locator(`#open-${request.id}`).count()).toBe(0);
      expect(await advisorList.locator('#tab-calendar').count()).toBe(0);
      await advisorList.locator(`#open-${request.asked}`).focus();
      await advisor.keyboard.press('Enter');
      const advisorPage = advisor.locator('admin-event-opinions');
      await advisorPage.locator('#opinion-police-favourable-with-conditions').focus();
      await advisor.keyboard.press('Space');
      await advisorPage.locator('#opinion-police-conditions').focus();
      await advisor.keyboard.type(texts.conditions);
      await advisorPage.locator('#opinion-police-give').focus();
      await advisor.keyboard.press('Enter');
      await expect.poll(() => status(advisor).textContent()).toBe(texts.given);
      await expectAccessible(advisor);
      await advisorPage.locator('#opinion-police-file').setInputFiles({
        name: 'plan.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n'),
      });
      await advisorPage.locator('#opinion-police-upload').focus();
      await advisor.keyboard.press('Enter');
      await expect.poll(() => status(advisor).textContent()).toBe(texts.fileAdded);
      expect(await advisorPage.locator('#opinions a[download]').textContent()).toBe('plan.pdf');
      const [opinion] = await owner<{ status: string; conditions: string | null }[]>`
      select status, conditions from event_opinions where request_id = ${request.asked}`;
      expect(opinion).toEqual({ status: 'favourable-with-conditions', conditions: texts.conditions });

      // The decider approves with the police's conditions offered, and the letter downloads.
      const decider = await browserPlatform.newPage();
      await decider.goto(`${browserPlatform.platform.apiUrl}/admin/liege/event-requests`);
      await signIn(decider, DECIDER, lang);
      await expect.poll(() => heading(decider).textContent()).toBe(texts.title);
      const deciderList = decider.locator('admin-event-requests');
      await deciderList.locator(`#open-${request.asked}`).focus();
      await decider.keyboard.press('Enter');
      const decision = decider.locator('admin-event-decision');
      await expect
        .poll(() => decision.locator('#decision-conditions').inputValue())
        .toContain(texts.conditions);
      await decision.locator('#record-decision').focus();
      await decider.keyboard.press('Enter');
      await expect.poll(() => decision.locator('.error-summary li').count()).toBe(2);
      await decision.locator('#outcome-approved-with-conditions').focus();
      await decider.keyboard.press('Space');
      await decision.locator('#motivation').focus();
      await decider.keyboard.type('Avis favorable de la zone de police.');
      await decision.locator('#record-decision').focus();
      await decider.keyboard.press('Enter');
      await expect.poll(() => status(decider).textContent()).toBe(texts.decided);
      const letter = await decider.request.get(
        `${browserPlatform.platform.apiUrl}${(await decision.locator('#decision-letter').getAttribute('href')) ?? ''}`,
      );
      expect(letter.status()).toBe(200);
      expect(letter.headers()['content-type']).toBe('application/pdf');
      await expectAccessible(decider);
      await decision.locator('#close-request').focus();
      await decider.keyboard.press('Enter');
      await expect.poll(() => status(decider).textContent()).toBe(texts.closed);
      expect(await storedStatus(request.asked)).toBe('closed');
    },
  );

  it.each(CASES)('lists the files attached to a request as downloads, in $lang', async ({ lang, texts }) => {
    const request = seeded.get(lang);
    if (!request) throw new Error('not seeded');
    const page = await browserPlatform.newPage();
    await page.goto(`${browserPlatform.platform.apiUrl}/admin/liege/event-requests`);
    await signIn(page, REVIEWER, lang);
    await expect.poll(() => heading(page).textContent()).toBe(texts.title);
    const list = page.locator('admin-event-requests');
    await list.locator(`#open-${request.shoot}`).focus();
    await page.keyboard.press('Enter');
    const files = page.locator('admin-event-request #files');
    await expect.poll(() => files.locator('li').count()).toBe(1);
    const item = files.locator('li[data-attachment="site-plan"]');
    expect(await item.textContent()).toContain(texts.sitePlan);
    expect(await item.textContent()).toMatch(/plan-tournage\.pdf\s*\(1\sk[Bo]\)/);
    const link = item.locator(`a[data-file="${request.upload}"]`);
    const file = await page.request.get(
      `${browserPlatform.platform.apiUrl}${(await link.getAttribute('href')) ?? ''}`,
    );
    expect(file.status()).toBe(200);
    expect(Buffer.from(await file.body())).toEqual(PLAN);
    await expectAccessible(page);
  });

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
