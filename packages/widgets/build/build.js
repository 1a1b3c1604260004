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

const shared = {
  absWorkingDir: packageDir,
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: 'linked',
  metafile: true,
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
};

// The element modules the loader imports, as listed in element-modules.ts.
const modulesSource = await readFile(path.join(packageDir, 'src/loader/element-modules.ts'), 'utf8');
const elementImports = [...modulesSource.matchAll(/import\('(\.\.\/[a-z-]+\/communa-[a-z-]+\.ts)'\)/g)].map(
  ([, specifier]) => specifier,
);
if (elementImports.length === 0) throw new Error('src/loader/element-modules.ts lists no element module');

// The elements and what they share: content-hashed chunks under chunks/. Built apart from the
// loader, so that esbuild's shared runtime helpers (needed by some chunks) never become a static
// import of the loader.
const { metafile } = await esbuild.build({
  ...shared,
  entryPoints: elementImports.map((specifier) => path.join('src/loader', specifier)),
  entryNames: 'chunks/[name]-[hash]',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
});

const relative = (output) => path.relative('dist', output).split(path.sep).join('/');
const outputs = Object.entries(metafile.outputs).filter(([file]) => file.endsWith('.js'));
const byFile = new Map(outputs.map(([file, output]) => [relative(file), output]));
const chunkOfEntry = new Map(
  outputs.flatMap(([file, output]) => (output.entryPoint ? [[output.entryPoint, relative(file)]] : [])),
);

// The loader, whose `import()` of each element points at that element's hashed chunk.
const elementChunks = {
  name: 'element-chunks',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/[a-z-]+\/communa-[a-z-]+\.ts$/ }, (args) => {
      const entry = path
        .relative(packageDir, path.join(args.resolveDir, args.path))
        .split(path.sep)
        .join('/');
      const chunk = chunkOfEntry.get(entry);
      if (!chunk) throw new Error(`no chunk was built for ${entry}`);
      return { path: `../${chunk}`, external: true };
    });
  },
};
const { metafile: loaderMetafile } = await esbuild.build({
  ...shared,
  entryPoints: { [LOADER.replace(/\.js$/, '')]: 'src/loader/communa.ts' },
  entryNames: '[dir]/[name]',
  plugins: [elementChunks],
});

const loaderOutput = loaderMetafile.outputs[`dist/${LOADER}`];
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
  if (!output.entryPoint) continue;
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
