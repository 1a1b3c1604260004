import type { Database } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import type { AppEnv } from '../app-env.ts';
import { httpProblems } from '../problems/codes.ts';
import { problemResponse } from '../problems/problem.ts';
import { respondProblem } from '../problems/respond.ts';

const statusSchema = z.object({ status: z.literal('ok') }).openapi('HealthStatus');

const live = createRoute({
  method: 'get',
  path: '/health/live',
  tags: ['Operations'],
  summary: 'The process is up',
  responses: { 200: { description: 'Alive', content: { 'application/json': { schema: statusSchema } } } },
});

const ready = createRoute({
  method: 'get',
  path: '/health/ready',
  tags: ['Operations'],
  summary: 'The process can serve requests: its database answers',
  responses: {
    200: { description: 'Ready', content: { 'application/json': { schema: statusSchema } } },
    503: problemResponse('The database does not answer'),
  },
});

const READY_TIMEOUT_MS = 2000;

export function registerHealthRoutes(app: OpenAPIHono<AppEnv>, db: Database): void {
  app.openapi(live, (c) => c.json({ status: 'ok' as const }, 200));
  app.openapi(ready, async (c) => {
    try {
      await Promise.race([
        db.execute(sql`select 1`),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS).unref()),
      ]);
      return c.json({ status: 'ok' as const }, 200);
    } catch (error) {
      c.get('logger').warn({ err: error }, 'readiness check failed');
      return respondProblem(c, httpProblems.unavailable, 'The database does not answer');
    }
  });
}
