import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { resolveCommune } from '../households/household-route-deps.ts';
import { setResponseHeader } from '../http/node-headers.ts';
import { problemResponse } from '../problems/problem.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import type { StageRouteDeps } from './stage-route-deps.ts';
import { CATALOGUE_CACHE_CONTROL, preserialisedJson } from './stage-route-deps.ts';
import type { StageCatalogueBody } from './stage-schemas.ts';
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
    const body = await deps.catalogue.catalogue(tenant, c.req.valid('query'));
    setResponseHeader(c, 'Cache-Control', CATALOGUE_CACHE_CONTROL);
    return preserialisedJson<StageCatalogueBody>(c, body);
  });
}
