import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { sessionListPdf } from './list-pdf.ts';
import { answerList, listRoute } from './session-list-route.ts';

export function registerGetSessionListPdf(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  app.openapi(listRoute(deps, 'pdf'), (c) => answerList(c, deps.db, 'pdf', (list) => sessionListPdf(list)));
}
