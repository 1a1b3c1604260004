import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readWidgetManifest, widgetsDistDir } from './dist-path.ts';

/** The budget for what a page with `<communa-services>` downloads besides the loader. */
const BUDGET_BYTES = 20 * 1024;

const manifest = await readWidgetManifest();
const read = (file: string) => readFile(path.join(widgetsDistDir, file));
const gzipSize = async (file: string) => gzipSync(await read(file), { level: 9 }).length;

const servicesFiles = new Set([...manifest.chunks.core, ...(manifest.chunks['communa-services'] ?? [])]);
let servicesBytes = 0;
for (const file of servicesFiles) servicesBytes += await gzipSize(file);
const loaderBytes = await gzipSize(manifest.loader);
console.log(
  `widgets bundle: core + <communa-services> = ${servicesBytes} B gzip (budget ${BUDGET_BYTES} B), loader ${loaderBytes} B`,
);

describe('widget bundle (after npm run build -w @communa/widgets)', () => {
  it(`core + <communa-services> weigh ${servicesBytes} B gzipped, within ${BUDGET_BYTES} B`, () => {
    expect(manifest.chunks['communa-services']?.length).toBeGreaterThan(0);
    expect(servicesBytes).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('names every chunk after its content hash', () => {
    for (const file of servicesFiles) expect(file).toMatch(/^chunks\/[\w-]+-[A-Z0-9]{8}\.js$/);
  });

  it('publishes the SRI hash of the pinned loader', async () => {
    const pinned = await read(manifest.pinned);
    expect(manifest.integrity).toBe(`sha384-${createHash('sha384').update(pinned).digest('base64')}`);
  });

  it('pins the loader at the package version, identical to the stable loader', async () => {
    const { version } = JSON.parse(await readFile(path.join(widgetsDistDir, '../package.json'), 'utf8')) as {
      version: string;
    };
    expect(manifest.version).toBe(version);
    expect(manifest.pinned).toBe(`v${version}/communa.js`);
    expect(manifest.loader).toBe('v1/communa.js');
    expect((await read(manifest.pinned)).equals(await read(manifest.loader))).toBe(true);
  });

  it('keeps the loader standalone: no static import, so no Lit', async () => {
    const loader = (await read(manifest.loader)).toString('utf8');
    expect(loader).not.toMatch(/\bimport\s*[^\s(]/);
    expect(loader).toContain('import("../chunks/communa-services-');
    expect(loaderBytes).toBeLessThan(1024);
  });
});
