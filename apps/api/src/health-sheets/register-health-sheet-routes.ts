import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { registerGetHealthSheet } from './get-health-sheet.ts';
import { registerGetSessionHealth } from './get-session-health.ts';
import type { HealthSheetRouteDeps } from './health-sheet-route-deps.ts';
import { registerPutHealthSheet } from './put-health-sheet.ts';

/** Children's health sheets: written by their parents, read in part by the staff of their sessions. */
export function registerHealthSheetRoutes(app: OpenAPIHono<AppEnv>, deps: HealthSheetRouteDeps): void {
  registerGetHealthSheet(app, deps);
  registerPutHealthSheet(app, deps);
  registerGetSessionHealth(app, deps);
}
