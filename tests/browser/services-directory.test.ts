import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBrowserPlatform } from '../support/browser-platform.ts';

interface PublicTenant {
  name: Record<string, string>;
  theme: { colorPrimary: string };
  services: { key: string; title: Record<string, string> }[];
}

// The demo municipal sites, served on their own origin, embedding <communa-services> from the API
// origin: what a commune's website does. Real servers, real database, real Chromium.
describe('<communa-services> on the demo municipal sites', () => {
  const browserPlatform = useBrowserPlatform();

  const demo = (path: string) => `${browserPlatform.platform.demoUrl}${path}`;
  const tenant = async (slug: string) =>
    (await (await fetch(`${browserPlatform.platform.apiUrl}/v1/tenants/${slug}`)).json()) as PublicTenant;

  /** A fresh page that records console errors and CSP violations from its first script on. */
  async function open(path: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browserPlatform.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await page.goto(demo(path));
    await page.locator('communa-services [part="card"]').first().waitFor();
    return { page, problems };
  }
  const cardTitles = (page: Page) => page.locator('communa-services [part="card-title"]').allTextContents();

  it('lists Liège’s services in French', async () => {
    const { page, problems } = await open('/liege/fr/');
    const liege = await tenant('liege');
    await expect(page.getByRole('heading', { name: /Services en ligne.*Ville de Liège/ })).toBeDefined();
    expect(await page.locator('communa-services [part="heading"]').textContent()).toContain('Ville de Liège');
    expect((await cardTitles(page)).map((t) => t.trim())).toEqual(liege.services.map((s) => s.title.fr));
    expect(problems).toEqual([]);
  });

  it('lists Charleroi’s services in Dutch on the Dutch page', async () => {
    const { page, problems } = await open('/charleroi/nl/');
    const charleroi = await tenant('charleroi');
    expect(await page.locator('communa-services [part="heading"]').textContent()).toContain(
      'Online diensten',
    );
    expect((await cardTitles(page)).map((t) => t.trim())).toEqual(charleroi.services.map((s) => s.title.nl));
    expect(await page.locator('communa-services [part="details-button"]').first().textContent()).toContain(
      'Details',
    );
    expect(await page.locator('communa-services [part="open-link"]').first().textContent()).toContain(
      'Openen',
    );
    expect(problems).toEqual([]);
  });

  it.each(['/liege/fr/', '/charleroi/nl/', '/herstal/fr/', '/liege/de/'])(
    'has no WCAG 2.2 AA violation on %s',
    async (path) => {
      const { page } = await open(path);
      expect(await axeViolations(page)).toEqual([]);
    },
  );

  it('works under a strict Content-Security-Policy with no violation', async () => {
    const { page, problems } = await open('/strict-csp/liege/');
    const response = await page.request.get(demo('/strict-csp/liege/'));
    expect(response.headers()['content-security-policy']).toContain("default-src 'none'");
    expect((await cardTitles(page)).length).toBe((await tenant('liege')).services.length);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('keeps the chosen service in the page URL: deep link and back button work', async () => {
    const { page } = await open('/liege/fr/');
    const [first] = (await tenant('liege')).services;
    await page.locator('communa-services [part="details-button"]').first().click();
    await page.locator('communa-services [part="details"]').waitFor();
    expect(new URL(page.url()).searchParams.get('communa-service')).toBe(first?.key);
    expect(await page.locator('communa-services [part="details-title"]').textContent()).toContain(
      first?.title.fr,
    );

    await page.goBack();
    await page.locator('communa-services [part="list"]').waitFor();
    expect(new URL(page.url()).searchParams.get('communa-service')).toBeNull();

    await page.goForward();
    await page.locator('communa-services [part="details"]').waitFor();

    await page.goto(demo(`/liege/fr/?communa-service=${first?.key}`));
    await page.locator('communa-services [part="details"]').waitFor();
    expect(await page.locator('communa-services [part="details-title"]').textContent()).toContain(
      first?.title.fr,
    );
  });

  it('can be used with the keyboard alone', async () => {
    const { page } = await open('/charleroi/fr/');
    const focusedPart = () =>
      page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.getAttribute('part') ?? active?.tagName.toLowerCase() ?? null;
      });
    let part: string | null = null;
    for (let presses = 0; presses < 40 && part !== 'details-button'; presses++) {
      await page.keyboard.press('Tab');
      part = await focusedPart();
    }
    expect(part).toBe('details-button');
    await page.keyboard.press('Enter');
    await page.locator('communa-services [part="details"]').waitFor();
    expect(new URL(page.url()).searchParams.get('communa-service')).not.toBeNull();

    // Focus moved into the panel; the way back is reached from there (it sits before the title).
    for (let presses = 0; presses < 10 && part !== 'back-button'; presses++) {
      await page.keyboard.press('Shift+Tab');
      part = await focusedPart();
    }
    expect(part).toBe('back-button');
    await page.keyboard.press('Enter');
    await page.locator('communa-services [part="list"]').waitFor();
    expect(await focusedPart()).toBe('details-button');
  });

  it('takes the commune’s colours, which the host page can override', async () => {
    const { page } = await open('/liege/fr/');
    const { colorPrimary } = (await tenant('liege')).theme;
    const background = () =>
      page
        .locator('communa-services [part="open-link"]')
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background()).toBe(rgb(colorPrimary));
    await page.evaluate(() =>
      document.documentElement.style.setProperty('--communa-color-primary', '#000080'),
    );
    // Polled: the widget's buttons may animate colour changes.
    await expect.poll(background).toBe('rgb(0, 0, 128)');
  });

  it('follows its own lang attribute over the page’s', async () => {
    const { page } = await open('/liege/fr/');
    const liege = await tenant('liege');
    await page.evaluate(() => document.querySelector('communa-services')?.setAttribute('lang', 'nl'));
    await expect
      .poll(async () => (await cardTitles(page)).map((t) => t.trim()))
      .toEqual(liege.services.map((s) => s.title.nl));
  });

  it('loads from the pinned release URL with Subresource Integrity', async () => {
    const manifest = (await (
      await fetch(`${browserPlatform.platform.apiUrl}/widgets/manifest.json`)
    ).json()) as {
      pinned: string;
      integrity: string;
    };
    const page = await browserPlatform.newPage();
    await page.goto(demo('/'));
    await page.evaluate(
      ({ src, integrity }) => {
        const script = document.createElement('script');
        script.type = 'module';
        script.src = src;
        script.integrity = integrity;
        script.crossOrigin = 'anonymous';
        document.head.append(script);
        const element = document.createElement('communa-services');
        element.setAttribute('tenant', 'herstal');
        document.body.append(element);
      },
      { src: `${browserPlatform.platform.apiUrl}/widgets/${manifest.pinned}`, integrity: manifest.integrity },
    );
    await page.locator('communa-services [part="card"]').first().waitFor();
    expect((await cardTitles(page)).length).toBe((await tenant('herstal')).services.length);
  });
});

function rgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255})`;
}
