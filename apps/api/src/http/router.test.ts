import { RegExpRouter } from 'hono/router/reg-exp-router';
import { SmartRouter } from 'hono/router/smart-router';
import { describe, expect, it } from 'vitest';
import { createOfflineApp } from '../testing/offline-app.ts';

describe('routing', () => {
  it('every route fits Hono’s RegExpRouter: one that does not sends every request through the slower trie', async () => {
    const app = await createOfflineApp();
    await app.request('/health/live');
    const router = app.router;
    if (!(router instanceof SmartRouter)) throw new Error('the app no longer routes with SmartRouter');
    expect(router.activeRouter).toBeInstanceOf(RegExpRouter);
  });
});
