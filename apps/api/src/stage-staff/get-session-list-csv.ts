import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { sessionListCsv } from './list-csv.ts';
import { answerList, listRoute } from './session-list-route.ts';

export function registerGetSessionListCsv(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  app.openapi(listRoute(deps, 'csv'), (c) => answerList(c, deps.db, 'csv', (list) => sessionListCsv(list)));
}
