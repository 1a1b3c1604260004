import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { resolveCommune } from '../households/household-route-deps.ts';
import { setResponseHeader } from '../http/node-headers.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { stageProblems } from './errors.ts';
import type { StageRouteDeps } from './stage-route-deps.ts';
import { CATALOGUE_CACHE_CONTROL, preserialisedJson } from './stage-route-deps.ts';
import type { PublicStage } from './stage-schemas.ts';
import { stageOnlyQuerySchema, stageParamsSchema, stageSchema } from './stage-schemas.ts';

export function registerGetStage(app: OpenAPIHono<AppEnv>, deps: StageRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: '/v1/tenants/{tenant}/stages/{stageKey}',
    tags: ['Stages'],
    summary: 'One stage with all its sessions',
    description: 'What a link to one stage opens; seats left are read live.',
    request: { params: stageParamsSchema, query: stageOnlyQuerySchema },
    responses: {
      200: { description: 'The stage', content: { 'application/json': { schema: stageSchema } } },
      400: problemResponse('A query parameter was given (validation_failed)'),
      403: problemResponse('The calling website may not embed this commune'),
      404: problemResponse('No such stage in this commune (stage_not_found), or no such commune'),
    },
  });
  app.openapi(route, async (c) => {
    const { tenant: slug, stageKey } = c.req.valid('param');
    const tenant = await resolveCommune(deps.tenants, slug);
    const body = await deps.catalogue.stage(tenant, stageKey);
    if (body === undefined)
      throw new ProblemError(stageProblems.stageNotFound, `No stage “${stageKey}” in this commune`);
    setResponseHeader(c, 'Cache-Control', CATALOGUE_CACHE_CONTROL);
    return preserialisedJson<PublicStage>(c, body);
  });
}
