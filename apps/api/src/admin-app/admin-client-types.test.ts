import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateClientTypes } from '../openapi/client-types.ts';
import { createOfflineApp } from '../testing/offline-app.ts';

const adminTypesFile = fileURLToPath(new URL('../../../admin/src/api/schema.d.ts', import.meta.url));

describe('the back-office’s API types', () => {
  it('match the OpenAPI document (run npm run generate:client after changing a route)', async () => {
    const committed = await readFile(adminTypesFile, 'utf8');
    expect(committed).toBe(await generateClientTypes(await createOfflineApp()));
  });
});
