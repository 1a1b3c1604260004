import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

/*
 * Builds the embeddable bundle into dist/:
 *   v1/communa.js             stable loader URL (short cache), no Lit, imports elements on demand
 *   v<version>/communa.js     the same loader at this release's immutable URL (SRI in the manifest)
 *   chunks/<name>-<hash>.js   content-hashed element and shared chunks
 *   manifest.json             the above, for the API, the docs and the bundle-size test
 */

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const distDir = path.join(packageDir, 'dist');
const { version } = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8'));

const LOADER = 'v1/communa.js';
const PINNED = `v${version}/communa.js`;
const ELEMENT_TAG = /^communa-[a-z-]+$/;

const started = performance.now();
await rm(distDir, { recursive: true, force: true });

const { metafile } = await esbuild.build({
  absWorkingDir: packageDir,
  entryPoints: { [LOADER.replace(/\.js$/, '')]: 'src/loader/communa.ts' },
  outdir: 'dist',
  // The loader keeps its plain name; everything it imports is a hashed chunk under chunks/.
  entryNames: '[dir]/[name]',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: 'linked',
  metafile: true,
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});

const relative = (output) => path.relative('dist', output).split(path.sep).join('/');
const outputs = Object.entries(metafile.outputs).filter(([file]) => file.endsWith('.js'));
const byFile = new Map(outputs.map(([file, output]) => [relative(file), output]));

const loaderOutput = byFile.get(LOADER);
if (!loaderOutput) throw new Error(`esbuild wrote no ${LOADER}`);
const staticImports = (output) => output.imports.filter((entry) => entry.kind === 'import-statement');
// The loader is fetched on every page view of every embedding site: it must stay standalone.
if (staticImports(loaderOutput).length > 0) {
  throw new Error(
    `${LOADER} must not import shared code statically: ${JSON.stringify(loaderOutput.imports)}`,
  );
}

/** A chunk and, transitively, every chunk it imports statically. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const output = byFile.get(file);
  for (const entry of output ? staticImports(output) : []) closure(relative(entry.path), seen);
  return seen;
}

const chunks = { core: [] };
const core = new Set();
for (const [file, output] of byFile) {
  if (file === LOADER || !output.entryPoint) continue;
  const tag = path.basename(output.entryPoint, '.ts');
  if (!ELEMENT_TAG.test(tag))
    throw new Error(`${output.entryPoint}: element modules are named after their tag`);
  const files = [...closure(file)];
  chunks[tag] = files;
  for (const shared of files.slice(1)) core.add(shared);
}
chunks.core = [...core].sort();

await mkdir(path.join(distDir, path.dirname(PINNED)), { recursive: true });
await copyFile(path.join(distDir, LOADER), path.join(distDir, PINNED));
await copyFile(path.join(distDir, `${LOADER}.map`), path.join(distDir, `${PINNED}.map`));
const pinnedBody = await readFile(path.join(distDir, PINNED));
const integrity = `sha384-${createHash('sha384').update(pinnedBody).digest('base64')}`;

const manifest = { version, loader: LOADER, pinned: PINNED, integrity, chunks };
await writeFile(path.join(distDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

const elapsed = Math.round(performance.now() - started);
process.stdout.write(`@communa/widgets ${version}: built dist/ in ${elapsed} ms\n`);
