import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { brusselsToday } from '../households/child-rules.ts';
import { resolveCommune } from '../households/household-route-deps.ts';
import { setResponseHeader } from '../http/node-headers.ts';
import { problemResponse } from '../problems/problem.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import { filterCatalogue, presentStage } from './present-catalogue.ts';
import type { StageRouteDeps } from './stage-route-deps.ts';
import { CATALOGUE_CACHE_CONTROL } from './stage-route-deps.ts';
import { catalogueQuerySchema, catalogueSchema } from './stage-schemas.ts';

export function registerGetStages(app: OpenAPIHono<AppEnv>, deps: StageRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: '/v1/tenants/{tenant}/stages',
    tags: ['Stages'],
    summary: 'The commune’s stage catalogue',
    description:
      'Active stages with their sessions: days, hours, ages, place, prices, when enrolment opens and who may ' +
      'enrol now, and seats left (read live). Filters combine; a stage is listed with the sessions that pass them.',
    request: { params: tenantParamsSchema, query: catalogueQuerySchema },
    responses: {
      200: { description: 'The catalogue', content: { 'application/json': { schema: catalogueSchema } } },
      400: problemResponse('A query parameter is unknown or not valid (validation_failed)'),
      403: problemResponse('The calling website may not embed this commune'),
      404: problemResponse('No such commune'),
    },
  });
  app.openapi(route, async (c) => {
    const tenant = await resolveCommune(deps.tenants, c.req.valid('param').tenant);
    const query = c.req.valid('query');
    const [stages, seats] = await Promise.all([
      deps.catalogue.stages(tenant),
      deps.catalogue.seatsLeft(tenant.id),
    ]);
    const now = new Date();
    const today = brusselsToday(now);
    setResponseHeader(c, 'Cache-Control', CATALOGUE_CACHE_CONTROL);
    return c.json(
      {
        stages: filterCatalogue(stages, query).map((stage) => presentStage(stage, seats, now, today)),
        generatedAt: now.toISOString(),
      },
      200,
    );
  });
}
