import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

// The baseline of `bench read` and `bench catalog`: Hono on Node answering a constant JSON document, nothing else.
const body = readFileSync(process.env.BENCH_BODY_FILE ?? '', 'utf8');
const app = new Hono();
app.get('*', (c) => c.body(body, 200, { 'content-type': 'application/json; charset=utf-8' }));
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' }, () => {
  process.stdout.write('ready\n');
});
