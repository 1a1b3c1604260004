import { createDb } from '@communa/db';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSessionNow } from '../../apps/api/src/stages/testing/enrolment-fixtures.ts';
import { axeViolations } from '../support/axe.ts';
import { useBrowserPlatform } from '../support/browser-platform.ts';
import { asCitizen, citizenToken } from '../support/citizen.ts';

// Liège's swimming stage asks its questions (form stage-natation: swimming level, T-shirt size)
// for each child. A signed-in parent answers them in <communa-stages>, keyboard only: a missing
// answer is caught in the browser and shown at the child's field, the API's refusal too, then the
// child is enrolled with the answers kept. Real servers, real database, real Chromium.
describe('<communa-stages>: a stage’s questions, asked for each child', () => {
  const browserPlatform = useBrowserPlatform();
  let owner: ReturnType<typeof createDb> | undefined;
  const sessions = { fr: '', nl: '' };

  // Sessions opened before any catalogue read: the API keeps a commune's stage configuration in
  // memory once read.
  beforeAll(async () => {
    owner = createDb(browserPlatform.platform.database.ownerUrl, { max: 2 });
    sessions.fr = await openSessionNow(sql(), {
      tenant: 'liege',
      stage: 'natation-perfectionnement',
      session: 'semaine-27',
      capacity: 10,
    });
    sessions.nl = await openSessionNow(sql(), {
      tenant: 'liege',
      stage: 'natation-perfectionnement',
      session: 'semaine-29',
      capacity: 10,
    });
  });
  afterAll(async () => {
    await owner?.close();
  });

  function sql() {
    if (!owner) throw new Error('no database');
    return owner.sql;
  }

  const stages = (page: Page, selector: string) => page.locator(`communa-stages ${selector}`);
  const focusedId = (page: Page) =>
    page.locator('communa-stages').evaluate((el) => el.shadowRoot?.activeElement?.id ?? '');

  /** Presses Tab until the control with `id` has focus (keyboard only, whatever lies between). */
  async function tabTo(page: Page, id: string): Promise<void> {
    for (let i = 0; i < 30; i++) {
      if ((await focusedId(page)) === id) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached #${id}`);
  }

  /** A parent with a household in Liège and children, signed in; the token as the widgets keep it. */
  async function family(email: string, children: { firstName: string; birthDate: string }[]) {
    const { apiUrl } = browserPlatform.platform;
    const token = await citizenToken(apiUrl, 'liege', email);
    await asCitizen(apiUrl, token, 'PUT', '/v1/tenants/liege/me/household', {
      street: 'Quai de la Boverie',
      number: '3',
      postalCode: '4020',
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

  /** A page of the demo site with the parent's session in its storage, recording errors and CSP violations. */
  async function open(
    path: string,
    token: string,
  ): Promise<{ page: Page; problems: string[]; requested: string[] }> {
    const page = await browserPlatform.newPage();
    const problems: string[] = [];
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      // Answers the API refuses come back 422, by design; the browser logs it.
      const expected = m.text().includes('status of 422') && m.location().url.endsWith('/me/enrolments');
      if (m.type() === 'error' && !expected) problems.push(`console: ${m.text()}`);
    });
    const key = `communa:session:${browserPlatform.platform.apiUrl}:liege`;
    await page.addInitScript(
      ([storageKey, value]) => {
        if (!window.localStorage.getItem(storageKey ?? ''))
          window.localStorage.setItem(storageKey ?? '', value ?? '');
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
        });
      },
      [key, token],
    );
    await page.goto(`${browserPlatform.platform.demoUrl}${path}`);
    return { page, problems, requested };
  }

  /** The ids of the children offered, by first name. */
  async function childIds(page: Page): Promise<Record<string, string>> {
    const boxes = stages(page, '[name="child"]');
    const ids: Record<string, string> = {};
    for (let i = 0; i < (await boxes.count()); i++) {
      const id = (await boxes.nth(i).getAttribute('value')) ?? '';
      const label = (await stages(page, `label[for="child-${id}"]`).textContent()) ?? '';
      ids[label.trim().split(' ')[0] ?? ''] = id;
    }
    return ids;
  }

  async function storedAnswers(childId: string) {
    return sql()<{ answers: unknown; formKey: string | null }[]>`
      select answers, answers_form_key as "formKey" from stage_enrolments where child_id = ${childId}`;
  }

  it('in French: a missing answer is shown at the child’s field, then the child is enrolled with the answers', async () => {
    const token = await family('famille.nageuse@example.be', [{ firstName: 'Léa', birthDate: '2016-09-01' }]);
    const { page, problems } = await open('/liege/fr/stages/?communa-stage=natation-perfectionnement', token);
    await stages(page, '[part="questions"]').waitFor();
    await expect
      .poll(() => stages(page, '[part="questions"]').textContent())
      .toContain('Cochez un enfant ci-dessus pour y répondre.');
    expect(await stages(page, '[part="questions"]').textContent()).toContain(
      'Ce stage pose quelques questions pour chaque enfant inscrit.',
    );
    const { Léa: lea = '' } = await childIds(page);
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard only: the session, the child, then her T-shirt but not her swimming level.
    await stages(page, '#stage-heading').focus();
    await tabTo(page, `session-${sessions.fr}`);
    await page.keyboard.press('Space');
    await tabTo(page, `child-${lea}`);
    await page.keyboard.press('Space');
    await expect
      .poll(() => stages(page, `#questions-${lea}`).textContent())
      .toContain('Questions pour Léa Lambert');
    expect(await stages(page, '[part~="questions"] legend').allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Niveau de natation'),
        expect.stringContaining('Taille de T-shirt'),
      ]),
    );
    await tabTo(page, `f-${lea}-tshirt`);
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'enrol-submit');
    await page.keyboard.press('Enter');

    // Caught in the browser, nothing sent: the summary has focus, the message is at the field.
    await expect.poll(() => focusedId(page)).toBe('enrol-summary');
    expect(await stages(page, '#enrol-summary').textContent()).toContain(
      'Léa Lambert — Niveau de natation : Répondez à cette question.',
    );
    expect(await stages(page, `#f-${lea}-swimmingLevel-error`).textContent()).toBe(
      'Répondez à cette question.',
    );
    expect(await stages(page, `#f-${lea}-tshirt-error`).count()).toBe(0);
    expect(await storedAnswers(lea)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    // The summary's link leads to the field; the answer, then send again.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe(`f-${lea}-swimmingLevel`);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'enrol-submit');
    await page.keyboard.press('Enter');

    await expect.poll(() => focusedId(page)).toBe('answer-heading');
    expect(await stages(page, '[part="result"]').allTextContents()).toEqual([
      expect.stringMatching(/^Léa : inscription confirmée\. Référence LIE-2027-[A-Z0-9]{5}\.$/),
    ]);
    // The form is ready for another request: no child ticked, so no questions shown.
    expect(await stages(page, '[part~="questions"] fieldset').count()).toBe(0);
    expect(await storedAnswers(lea)).toEqual([
      { answers: { swimmingLevel: 'alone', tshirt: '7-9' }, formKey: 'stage-natation' },
    ]);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('in Dutch: two children, each with their questions; a refusal of the API goes to the right child, and a changed answer is a new request', async () => {
    const token = await family('gezin.zwemmers@example.be', [
      { firstName: 'Lotte', birthDate: '2017-01-15' },
      { firstName: 'Vic', birthDate: '2018-06-01' },
    ]);
    const { page, problems } = await open('/liege/nl/stages/?communa-stage=natation-perfectionnement', token);
    await stages(page, '[part="questions"]').waitFor();
    const { Lotte: lotte = '', Vic: vic = '' } = await childIds(page);
    const sent: { key: string; body: { answers?: Record<string, Record<string, unknown>> } }[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/me/enrolments'))
        sent.push({ key: request.headers()['idempotency-key'] ?? '', body: request.postDataJSON() });
    });

    await stages(page, '#stage-heading').focus();
    await tabTo(page, `session-${sessions.nl}`);
    await page.keyboard.press('Space');
    await tabTo(page, `child-${lotte}`);
    await page.keyboard.press('Space');
    await tabTo(page, `child-${vic}`);
    await page.keyboard.press('Space');
    await expect
      .poll(() => stages(page, '[part~="questions"] > legend').allTextContents())
      .toEqual([
        expect.stringContaining('Vragen over Lotte Lambert'),
        expect.stringContaining('Vragen over Vic Lambert'),
      ]);
    // Lotte answers both, Vic only his swimming level.
    await tabTo(page, `f-${lotte}-swimmingLevel`);
    await page.keyboard.press('ArrowDown');
    await tabTo(page, `f-${lotte}-tshirt`);
    await page.keyboard.press('ArrowDown');
    await tabTo(page, `f-${vic}-swimmingLevel`);
    await page.keyboard.press('Space');
    await tabTo(page, 'enrol-submit');
    await page.keyboard.press('Enter');

    await expect.poll(() => focusedId(page)).toBe('enrol-summary');
    const summary = stages(page, '#enrol-summary li');
    expect(await summary.allTextContents()).toEqual(['Vic Lambert — T-shirtmaat: Beantwoord deze vraag.']);
    expect(await stages(page, `#f-${vic}-tshirt-error`).textContent()).toBe('Beantwoord deze vraag.');
    expect(await stages(page, `[id^="f-${lotte}-"][id$="-error"]`).count()).toBe(0);
    expect(sent).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    // The API has the last word: this time it finds Lotte's T-shirt missing (the request is
    // altered on its way, as if the form had changed meanwhile), and says so at her field.
    await page.route('**/v1/tenants/liege/me/enrolments', async (route) => {
      const request = route.request();
      if (request.method() !== 'POST') return route.continue();
      const body = request.postDataJSON() as { answers: Record<string, Record<string, unknown>> };
      delete body.answers[lotte]?.tshirt;
      await route.fulfill({ response: await route.fetch({ postData: JSON.stringify(body) }) });
    });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe(`f-${vic}-tshirt`);
    await page.keyboard.press('Space');
    await tabTo(page, 'enrol-submit');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => summary.allTextContents())
      .toEqual(['Lotte Lambert — T-shirtmaat: Beantwoord deze vraag.']);
    expect(await focusedId(page)).toBe('enrol-summary');
    expect(await stages(page, `#f-${lotte}-tshirt-error`).textContent()).toBe('Beantwoord deze vraag.');
    expect(await stages(page, `#f-${vic}-tshirt-error`).count()).toBe(0);
    expect(await storedAnswers(lotte)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.unrouteAll();

    // Lotte's T-shirt changed: another body, so another Idempotency-Key.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe(`f-${lotte}-tshirt`);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'enrol-submit');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('answer-heading');
    const results = await stages(page, '[part="result"]').allTextContents();
    expect(results[0]).toMatch(/^Lotte: inschrijving bevestigd\. Referentie LIE-2027-[A-Z0-9]{5}\.$/);
    expect(results[1]).toMatch(/^Vic: inschrijving bevestigd\. Referentie LIE-2027-[A-Z0-9]{5}\.$/);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.key).not.toBe(sent[0]?.key);
    expect(sent[1]?.body.answers).toEqual({
      [lotte]: { swimmingLevel: 'with-aid', tshirt: '10-12' },
      [vic]: { swimmingLevel: 'none', tshirt: '4-6' },
    });
    expect(await storedAnswers(vic)).toEqual([
      { answers: { swimmingLevel: 'none', tshirt: '4-6' }, formKey: 'stage-natation' },
    ]);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('a stage without questions asks none and reads nothing more: no form, no form chunk', async () => {
    const token = await family('famille.sansquestions@example.be', [
      { firstName: 'Noé', birthDate: '2019-03-10' },
    ]);
    const { page, problems, requested } = await open('/liege/fr/stages/?communa-stage=multisports', token);
    await stages(page, '[name="child"]').first().waitFor();
    await stages(page, '[name="child"]').first().check();
    await stages(page, '#enrol-submit').waitFor();
    expect(await stages(page, '[part~="questions"]').count()).toBe(0);
    expect(
      requested.filter((url) => url.includes('/forms/') || url.includes('/chunks/communa-form-')),
    ).toEqual([]);
    expect(problems).toEqual([]);
  });
});
