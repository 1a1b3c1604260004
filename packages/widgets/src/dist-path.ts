import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the built bundle (`npm run build -w @communa/widgets`), served under /widgets/. */
export const widgetsDistDir = fileURLToPath(new URL('../dist', import.meta.url));

/** What `build/build.js` writes to `dist/manifest.json`; every path is relative to the dist folder. */
export interface WidgetManifest {
  version: string;
  /** The stable loader, `v1/communa.js`: short cache, fixes reach every site. */
  loader: string;
  /** This release's loader, `v<version>/communa.js`: immutable, for sites that pin with SRI. */
  pinned: string;
  /** Subresource Integrity of the pinned loader (`sha384-…`). */
  integrity: string;
  /**
   * `core`: chunks shared by the elements (Lit and our core modules once two elements use them);
   * one entry per element tag: every file that element needs, its own chunk first.
   */
  chunks: { core: string[] } & Record<string, string[]>;
}

export async function readWidgetManifest(distDir: string = widgetsDistDir): Promise<WidgetManifest> {
  const file = path.join(distDir, 'manifest.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`${file} is missing: build the widgets first (npm run build -w @communa/widgets)`, {
      cause: error,
    });
  }
  return JSON.parse(text) as WidgetManifest;
}
