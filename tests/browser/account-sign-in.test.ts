import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBrowserPlatform } from '../support/browser-platform.ts';

interface DevMailbox {
  mails: { message: { to: string; subject: string; text: string } }[];
}

// A parent signs in inside <communa-account> on a commune's site, with the code from the
// development mailbox, and stays signed in across a reload: bearer token in the site's storage.
describe('<communa-account> sign-in on the demo municipal sites', () => {
  const browserPlatform = useBrowserPlatform();

  const account = (page: Page, selector: string) => page.locator(`communa-account ${selector}`);

  async function open(path: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browserPlatform.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      // A rejected code answers 400 and a household not given yet 404, by design; the browser logs
      // those requests, nothing else may fail.
      const expected =
        m.text().includes('status of 400') ||
        (m.text().includes('status of 404') && m.location().url.endsWith('/me/household'));
      if (m.type() === 'error' && !expected) problems.push(m.text());
    });
    await page.goto(`${browserPlatform.platform.demoUrl}${path}`);
    await account(page, '#email').waitFor();
    return { page, problems };
  }

  async function latestCode(email: string): Promise<string> {
    let code: string | undefined;
    await expect
      .poll(async () => {
        const res = await fetch(
          `${browserPlatform.platform.apiUrl}/dev/mail.json?to=${encodeURIComponent(email)}`,
        );
        const { mails } = (await res.json()) as DevMailbox;
        code = mails[0]?.message.text.match(/\b\d{6}\b/)?.[0];
        return code;
      })
      .toMatch(/^\d{6}$/);
    return code ?? '';
  }

  async function requestCode(page: Page, email: string): Promise<void> {
    await account(page, '#email').fill(email);
    await account(page, '#email').press('Enter');
    await account(page, '#code').waitFor();
  }

  it('signs a parent in with the e-mailed code, keeps them signed in across a reload, signs them out', async () => {
    const { page, problems } = await open('/liege/fr/');
    const email = 'parent.one@example.be';
    await requestCode(page, email);
    expect(
      await account(page, '#code').evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement),
    ).toBe(true);
    await account(page, '#code').fill(await latestCode(email));
    await account(page, '[part="submit"]').click();
    await expect
      .poll(() => account(page, '.root').textContent())
      .toContain(`Connecté·e en tant que ${email}`);
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await expect
      .poll(() => account(page, '.root').textContent())
      .toContain(`Connecté·e en tant que ${email}`);

    await account(page, '[part~="sign-out"]').click();
    await account(page, '#email').waitFor();
    const stored = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('communa:session:')),
    );
    expect(stored).toEqual([]);
    await page.reload();
    await account(page, '#email').waitFor();
    expect(problems).toEqual([]);
  });

  it('says in Dutch, at the field and announced, that a code is wrong', async () => {
    const { page } = await open('/charleroi/nl/');
    const email = 'ouder@example.be';
    await requestCode(page, email);
    const code = await latestCode(email);
    const wrong = code === '000000' ? '111111' : '000000';
    await account(page, '#code').fill(wrong);
    await account(page, '#code').press('Enter');
    await account(page, '[role="alert"]').waitFor();
    expect(await account(page, '[role="alert"]').textContent()).toContain('Deze code is niet geldig');
    expect(await account(page, '#code').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('refuses a malformed address without calling the server, and works with the keyboard alone', async () => {
    const { page } = await open('/herstal/fr/');
    await account(page, '#email').focus();
    await page.keyboard.type('pas-une-adresse');
    await page.keyboard.press('Enter');
    await account(page, '#email-error').waitFor();
    expect(await account(page, '#email').getAttribute('aria-invalid')).toBe('true');
    await account(page, '#email').fill('');
    await account(page, '#email').focus();
    await page.keyboard.type('clavier@example.be');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await account(page, '#code').waitFor();
  });

  it('works under the strict Content-Security-Policy', async () => {
    const { page, problems } = await open('/strict-csp/liege/');
    const email = 'strict@example.be';
    await requestCode(page, email);
    await account(page, '#code').fill(await latestCode(email));
    await account(page, '#code').press('Enter');
    await expect.poll(() => account(page, '.root').textContent()).toContain(email);
    expect(problems).toEqual([]);
  });
});
