import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { sessionListXlsx } from './list-xlsx.ts';
import { answerList, listRoute } from './session-list-route.ts';

export function registerGetSessionListXlsx(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  app.openapi(listRoute(deps, 'xlsx'), (c) =>
    answerList(c, deps.db, 'xlsx', (list) => sessionListXlsx(list)),
  );
}
