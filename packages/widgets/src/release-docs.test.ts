import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readWidgetManifest } from './dist-path.ts';

// The docs publish each release's SRI hash; sites copy it from there, so it must be the real one.
describe('release documentation', () => {
  it('lists the current release with the integrity of its built loader', async () => {
    const manifest = await readWidgetManifest();
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const row = readme.split('\n').find((line) => line.startsWith(`| ${manifest.version} `));
    expect(row, `README.md has no row for release ${manifest.version}`).toBeDefined();
    expect(row).toContain(`/widgets/${manifest.pinned}`);
    expect(row).toContain(manifest.integrity);
  });
});
