import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { eventRequestProblems } from '../event-requests/errors.ts';
import type { EventRequestRouteDeps } from '../event-requests/event-request-route-deps.ts';
import { MY_EVENT_REQUESTS_PATH } from '../event-requests/event-request-route-deps.ts';
import { eventRequestParamsSchema } from '../event-requests/event-request-schemas.ts';
import { lockRequest } from '../event-requests/event-request-store.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { decisionLetterDownload, decisionLetterResponse } from './decision-schemas.ts';
import { decisionLetterOf } from './decision-store.ts';
import { eventDecisionProblems } from './errors.ts';

export function registerGetMyDecisionLetter(app: OpenAPIHono<AppEnv>, deps: EventRequestRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: `${MY_EVENT_REQUESTS_PATH}/{requestId}/decision-letter`,
    tags: ['Event requests'],
    summary: 'The decision letter of my event request (PDF)',
    description: 'As the commune issued it, in my language at the time; 404 before the decision.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: { params: eventRequestParamsSchema },
    responses: {
      200: decisionLetterResponse,
      400: problemResponse('Not valid'),
      ...citizenProblemResponses,
      404: problemResponse(
        'No such request of mine (event_request_not_found) or no decision yet (event_decision_letter_not_found)',
      ),
    },
  });
  app.openapi(route, async (c) => {
    const { tenant: slug, requestId } = c.req.valid('param');
    const tenant = await resolveCommune(deps.tenants, slug);
    const found = await withTenant(deps.db, tenant.id, async (tx) => {
      const row = await lockRequest(tx, tenant.id, requestId, c.var.citizen.userId);
      if (!row) throw new ProblemError(eventRequestProblems.notFound);
      const letter = await decisionLetterOf(tx, tenant.id, requestId);
      if (!letter) throw new ProblemError(eventDecisionProblems.letterNotFound);
      return { letter: letter.letter, reference: row.reference };
    });
    const download = decisionLetterDownload(found.letter, found.reference);
    return c.body(download.body, 200, download.headers);
  });
}
