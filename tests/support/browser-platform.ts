import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import type { RunningPlatform } from './servers.ts';
import { startRunningPlatform } from './servers.ts';

export interface BrowserPlatform {
  /** The API and the demo sites, started once for the test file. */
  readonly platform: RunningPlatform;
  /**
   * A page in a fresh browser context (its own storage and cookies), closed after the test; a test
   * may open several, for two people at once.
   */
  newPage(): Promise<Page>;
}

/** Registers the test file's hooks: servers and Chromium once, a clean browser context per test. */
export function useBrowserPlatform(): BrowserPlatform {
  let platform: RunningPlatform | undefined;
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];
  beforeAll(async () => {
    [platform, browser] = await Promise.all([startRunningPlatform(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });
  afterEach(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
  });
  return {
    get platform() {
      if (!platform) throw new Error('the platform has not started');
      return platform;
    },
    async newPage() {
      if (!browser) throw new Error('the browser has not started');
      const context = await browser.newContext();
      contexts.push(context);
      return context.newPage();
    },
  };
}
