import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

/*
 * Builds the back-office into dist/:
 *   index.html                the one page (served for every /admin/* route), no inline script or style
 *   assets/<name>-<hash>.*    content-hashed script chunks, stylesheet and icon (immutable)
 *   manifest.json             the above, for the API and the tests
 */

const appDir = fileURLToPath(new URL('..', import.meta.url));
const distDir = path.join(appDir, 'dist');
const PUBLIC_PATH = '/admin/';

const started = performance.now();
await rm(distDir, { recursive: true, force: true });

const { metafile } = await esbuild.build({
  absWorkingDir: appDir,
  entryPoints: { main: 'src/main.ts', document: 'src/document.css', icon: 'src/icon.svg' },
  outdir: 'dist/assets',
  entryNames: '[name]-[hash]',
  chunkNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  loader: { '.svg': 'copy' },
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
const entryOutput = (entryPoint) => {
  const found = Object.entries(metafile.outputs).find(([, output]) => output.entryPoint === entryPoint);
  if (!found) throw new Error(`esbuild wrote nothing for ${entryPoint}`);
  return relative(found[0]);
};

const script = entryOutput('src/main.ts');
const stylesheet = entryOutput('src/document.css');
const icon = Object.keys(metafile.outputs)
  .map(relative)
  .find((file) => /^assets\/icon-[A-Z0-9]+\.svg$/.test(file));
if (!icon) throw new Error('esbuild copied no icon');
const files = Object.keys(metafile.outputs).map(relative).sort();

const indexHtml = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Communa</title>
<link rel="icon" href="${PUBLIC_PATH}${icon}" type="image/svg+xml">
<link rel="stylesheet" href="${PUBLIC_PATH}${stylesheet}">
<script type="module" src="${PUBLIC_PATH}${script}"></script>
</head>
<body>
<communa-admin></communa-admin>
</body>
</html>
`;
await writeFile(path.join(distDir, 'index.html'), indexHtml);

const manifest = { publicPath: PUBLIC_PATH, index: 'index.html', script, stylesheet, icon, files };
await writeFile(path.join(distDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

const elapsed = Math.round(performance.now() - started);
process.stdout.write(`@communa/admin: built dist/ in ${elapsed} ms\n`);
